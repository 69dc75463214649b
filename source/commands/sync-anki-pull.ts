import {ankiPullJob} from '../jobs/anki-pull-job.js';
import type {CommandContext} from './command-context.js';
import {runJobCommand} from './command-preamble.js';
import type {SyncJsonOptions} from './options/sync-options.js';

/** `nls sync anki pull`: stores each card's Anki scheduling and FSRS state on its atom. */
export function run(options: SyncJsonOptions, {output}: CommandContext): Promise<number> {
  return runJobCommand(output, options, ankiPullJob);
}
