import {existsSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import type {CommandContext} from '../cli/program.js';

type StepModule = {
  run(options: Record<string, unknown>, context: CommandContext, args: string[]): Promise<number>;
};

/** One step of `nls sync all`. */
interface Step {
  name: string;
  load: () => Promise<StepModule>;
  /** False when the step's command is not part of this build (it is then reported as skipped). */
  available: () => boolean;
}

// The Notion sync command is being built separately: it joins automatically once its module
// exists (a non-literal specifier, so the type check does not need the file yet).
const notionModule = './sync-notion.js';
const always = () => true;

const steps: readonly Step[] = [
  {
    name: 'Notion sync',
    load: () => import(notionModule) as Promise<StepModule>,
    available: () => existsSync(fileURLToPath(new URL(notionModule, import.meta.url))),
  },
  {name: 'Clean', load: () => import('./clean.js'), available: always},
  {name: 'Anki push', load: () => import('./sync-anki-push.js'), available: always},
  {name: 'Anki pull', load: () => import('./sync-anki-pull.js'), available: always},
];

/** `nls sync all`: Notion → clean → Anki push → Anki pull, stopping at the first failure. */
export async function run(options: {json?: boolean}, context: CommandContext): Promise<number> {
  const {output} = context;
  const done: string[] = [];
  for (const [index, step] of steps.entries()) {
    if (!step.available()) {
      output.warn(`${step.name} is not available in this build; skipped.`);
      continue;
    }
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
