import type {CommandContext} from '../cli/program.js';

type StepModule = {
  run(options: Record<string, unknown>, context: CommandContext, args: string[]): Promise<number>;
};

/** One step of `nls sync all`. */
interface Step {
  name: string;
  load: () => Promise<StepModule>;
}

const steps: readonly Step[] = [
  {name: 'Notion sync', load: () => import('./sync-notion.js')},
  {name: 'Clean', load: () => import('./clean.js')},
  {name: 'Anki push', load: () => import('./sync-anki-push.js')},
  {name: 'Anki pull', load: () => import('./sync-anki-pull.js')},
];

/** `nls sync all`: Notion → clean → Anki push → Anki pull, stopping at the first failure. */
export async function run(options: {json?: boolean}, context: CommandContext): Promise<number> {
  const {output} = context;
  const done: string[] = [];
  for (const [index, step] of steps.entries()) {
    const rest = steps.slice(index + 1).map((s) => s.name);
    const report = (why: string) =>
      output.warn(
        `sync all stopped at ${step.name} (${why}). Done: ${done.join(', ') || 'nothing'}. Not run: ${rest.join(', ') || 'nothing'}.`,
      );
    if (!options.json) output.line(`── ${step.name}`);
    let code: number;
    try {
      code = await (await step.load()).run({json: options.json}, context, []);
    } catch (error) {
      report('error below');
      throw error;
    }
    if (code !== 0) {
      report(`exit code ${code}`);
      return code;
    }
    done.push(step.name);
  }
  if (!options.json) output.line(`sync all finished: ${done.join(' → ')}.`);
  return 0;
}
