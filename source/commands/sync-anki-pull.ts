import {createAnkiClient} from '../anki/client.js';
import {pullFromAnki} from '../anki/sync/pull-service.js';
import {pullSummary} from '../anki/sync/pull-summary.js';
import {withDatabase} from '../cli/with-database.js';
import {loadConfig, secretValues} from '../config/load-config.js';
import {ignoreProgress} from '../progress/progress-events.js';
import {registerSecrets} from '../terminal/output.js';
import {createProgressPrinter} from '../terminal/progress-printer.js';
import type {CommandContext} from './command-context.js';
import type {SyncJsonOptions} from './options/sync-options.js';

/** `nls sync anki pull`: stores each card's Anki scheduling and FSRS state on its atom. */
export async function run(options: SyncJsonOptions, {output}: CommandContext): Promise<number> {
  const config = loadConfig();
  registerSecrets(secretValues(config));
  const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
  const printer = options.json ? null : createProgressPrinter();
  const result = await withDatabase(config, (db) =>
    pullFromAnki(db, client, {
      now: new Date(),
      onProgress: printer ?? ignoreProgress,
      url: config.anki.url,
      day: config.anki.day,
    }),
  ).finally(() => printer?.finish());
  if (options.json) {
    output.json(result);
    return 0;
  }
  const summary = pullSummary(result);
  for (const line of summary.lines) output.line(line);
  for (const warning of summary.warnings) output.warn(warning);
  return 0;
}
