import {UsageError} from '../errors.js';
import {ankiPushJob} from '../jobs/anki-push-job.js';
import {confirmDestructive} from '../terminal/confirm.js';
import type {CommandContext} from './command-context.js';
import {runJobCommand} from './command-preamble.js';
import type {AnkiPushOptions} from './options/sync-options.js';

/** `nls sync anki push`: adds and updates Anki notes, suspends (or deletes) removed ones. */
export async function run(options: AnkiPushOptions, {output}: CommandContext): Promise<number> {
  const deleting = options.deleteStale === true && options.dryRun !== true;
  if (deleting && !options.yes && !process.stdin.isTTY) {
    throw new UsageError('--delete-stale needs a confirmation, and there is no terminal to ask.', {
      hint: 'Add --yes to delete the notes of removed atoms without asking.',
    });
  }
  return runJobCommand(output, options, (context) =>
    ankiPushJob(context, {
      dryRun: options.dryRun === true,
      deleteStale: options.deleteStale === true,
      confirmDelete: (count) =>
        confirmDestructive(`Delete ${count} note(s) of removed atoms from Anki?`, {
          yes: options.yes,
        }),
    }),
  );
}
