import type {Output} from '../terminal/output.js';
import type {CommandContext} from './command-context.js';
import type {SyncJsonOptions} from './options/sync-options.js';

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

/** What `nls sync all --json` prints: one document for the whole run. */
interface SyncAllReport {
  ok: boolean;
  steps: {step: string; exitCode: number; result: unknown}[];
  stoppedAt: string | null;
  error?: string;
  notRun: string[];
}

// With --json each step's document goes into the run's one report instead of to stdout, so a
// reader can parse stdout as a single JSON value.
function collectingOutput(output: Output, into: {result: unknown}): Output {
  return {
    ...output,
    json(value) {
      into.result = value;
    },
  };
}

/** `nls sync all`: Notion → clean → Anki push → Anki pull, stopping at the first failure. */
export async function run(options: SyncJsonOptions, context: CommandContext): Promise<number> {
  const {output} = context;
  const done: string[] = [];
  const report: SyncAllReport = {ok: false, steps: [], stoppedAt: null, notRun: []};
  for (const [index, step] of steps.entries()) {
    const rest = steps.slice(index + 1).map((s) => s.name);
    const stop = (why: string, error?: unknown) => {
      output.warn(
        `sync all stopped at ${step.name} (${why}). Done: ${done.join(', ') || 'nothing'}. Not run: ${rest.join(', ') || 'nothing'}.`,
      );
      if (!options.json) return;
      report.stoppedAt = step.name;
      report.notRun = rest;
      if (error !== undefined)
        report.error = error instanceof Error ? error.message : String(error);
      output.json(report);
    };
    if (!options.json) output.line(`── ${step.name}`);
    const collected: {result: unknown} = {result: null};
    const stepContext = options.json
      ? {...context, output: collectingOutput(output, collected)}
      : context;
    let code: number;
    try {
      code = await (await step.load()).run({json: options.json}, stepContext, []);
    } catch (error) {
      stop('error below', error);
      throw error;
    }
    report.steps.push({step: step.name, exitCode: code, result: collected.result});
    if (code !== 0) {
      stop(`exit code ${code}`);
      return code;
    }
    done.push(step.name);
  }
  if (options.json) output.json({...report, ok: true});
  else output.line(`sync all finished: ${done.join(' → ')}.`);
  return 0;
}
