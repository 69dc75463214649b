import {ankiPullJob} from '../jobs/anki-pull-job.js';
import type {CommandContext} from './command-context.js';
import {runJobCommand} from './command-preamble.js';

/** `nls sync anki pull`: stores each card's Anki scheduling and FSRS state on its atom. */
export function run(options: {json?: boolean}, {output}: CommandContext): Promise<number> {
  return runJobCommand(output, options, ankiPullJob);
}
