import {type SyncAllOutcome, syncAllJob, syncAllNotStarted} from '../jobs/sync-all-job.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, printJobText, runJob} from './command-preamble.js';
import type {SyncJsonOptions} from './options/sync-options.js';

/**
 * `nls sync all`: Notion → clean → Anki push → Anki pull, stopping at the first failure. With
 * `--json` the whole run is one document on stdout, also when a step or the start-up fails.
 */
export async function run(options: SyncJsonOptions, {output}: CommandContext): Promise<number> {
  let outcome: SyncAllOutcome;
  try {
    const config = loadCommandConfig();
    // Without --json each part is printed as it happens: a step's heading before its progress.
    const onText = options.json ? undefined : printJobText.bind(null, output);
    outcome = await runJob(config, options, (context) => syncAllJob(context, onText));
  } catch (error) {
    outcome = syncAllNotStarted(error);
    if (!options.json) printJobText(output, outcome);
  }
  if (options.json) {
    if (outcome.stopped) output.warn(outcome.stopped);
    output.json(outcome.summary);
  }
  if (outcome.cause !== undefined) throw outcome.cause;
  return outcome.exitCode;
}
