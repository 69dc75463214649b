import {createAnkiClient} from '../anki/client.js';
import {pushToAnki} from '../anki/sync/push-service.js';
import {withDatabase} from '../cli/with-database.js';
import {loadConfig, secretValues} from '../config/load-config.js';
import {UsageError} from '../errors.js';
import {ignoreProgress} from '../progress/progress-events.js';
import {confirmDestructive} from '../terminal/confirm.js';
import {registerSecrets} from '../terminal/output.js';
import {createProgressPrinter} from '../terminal/progress-printer.js';
import type {CommandContext} from './command-context.js';
import type {AnkiPushOptions} from './options/sync-options.js';

/** `nls sync anki push`: adds and updates Anki notes, suspends (or deletes) removed ones. */
export async function run(options: AnkiPushOptions, {output}: CommandContext): Promise<number> {
  const deleting = options.deleteStale === true && options.dryRun !== true;
  if (deleting && !options.yes && !process.stdin.isTTY) {
    throw new UsageError('--delete-stale needs a confirmation, and there is no terminal to ask.', {
      hint: 'Add --yes to delete the notes of removed atoms without asking.',
    });
  }
  const config = loadConfig();
  registerSecrets(secretValues(config));
  const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
  const printer = options.json ? null : createProgressPrinter();
  const result = await withDatabase(config, (db) =>
    pushToAnki(db, client, {
      now: new Date(),
      onProgress: printer ?? ignoreProgress,
      settings: config.anki,
      url: config.anki.url,
      dryRun: options.dryRun === true,
      deleteStale: options.deleteStale === true,
      confirmDelete: (count) =>
        confirmDestructive(`Delete ${count} note(s) of removed atoms from Anki?`, {
          yes: options.yes,
        }),
    }),
  ).finally(() => printer?.finish());
  if (options.json) {
    output.json(result);
    return result.failures.length > 0 ? 1 : 0;
  }
  const p = result.plan;
  const counts = `add ${p.add}, update ${p.update}, unchanged ${p.unchanged}, suspend ${p.suspend}, delete ${p.delete}, skipped ${p.skipped}`;
  if (result.dryRun) {
    output.line(`Dry run, nothing changed. Plan: ${counts}.`);
    return 0;
  }
  output.line(
    `Anki push: ${result.added} added, ${result.updated} updated, ${p.unchanged} unchanged, ${result.suspended} suspended, ${result.deleted} deleted, ${p.skipped} skipped (${result.requests} requests).`,
  );
  if (result.missingInAnki > 0) {
    output.line(
      `${result.missingInAnki} atom(s) were linked to notes no longer in Anki; their notes were added again.`,
    );
  }
  for (const failure of result.failures.slice(0, 20)) {
    output.warn(`${failure.cardKey}: ${failure.action} failed: ${failure.message}`);
  }
  if (result.failures.length > 0) {
    output.warn(
      `${result.failures.length} note(s) failed; the others were saved. Fix them and push again.`,
    );
    return 1;
  }
  return 0;
}
