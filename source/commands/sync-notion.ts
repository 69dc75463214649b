import {withDatabase} from '../cli/with-database.js';
import {loadConfig, secretValues} from '../config/load-config.js';
import {runNotionSync} from '../notion-sync/run-notion-sync.js';
import {ignoreProgress} from '../progress/progress-events.js';
import {registerSecrets} from '../terminal/output.js';
import {createProgressPrinter} from '../terminal/progress-printer.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {CommandContext} from './command-context.js';
import type {SyncNotionOptions} from './options/sync-options.js';

/** `nls sync notion`: pulls the configured Notion databases into staging and canonical tables. */
export async function run(options: SyncNotionOptions, {output}: CommandContext): Promise<number> {
  const config = loadConfig();
  registerSecrets(secretValues(config));
  const printer = options.json ? null : createProgressPrinter();
  const summary = await withDatabase(config, (db) =>
    runNotionSync(db, {
      config,
      full: options.full === true,
      dryRun: options.dryRun === true,
      now: () => new Date(),
      onProgress: printer ?? ignoreProgress,
    }),
  ).finally(() => printer?.finish());
  if (options.json) {
    output.json(summary);
    return 0;
  }
  const mode = summary.type === 'notion_full' ? 'full' : 'incremental';
  output.line(
    `${summary.dryRun ? 'Dry run (nothing written), ' : ''}Notion ${mode} sync: ${summary.requests} requests, ${(summary.durationMs / 1000).toFixed(1)} s`,
  );
  for (const [entity, c] of Object.entries(summary.entities)) {
    const extra = `${c.orphans ? `, ${c.orphans} orphaned` : ''}${c.errors ? `, ${c.errors} with problems` : ''}`;
    output.line(
      `  ${entity.padEnd(17)} ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.removed} removed${extra}`,
    );
  }
  const bodies = summary.bodies;
  if (bodies && bodies.due > 0) {
    const missing = bodies.missing ? `, ${bodies.missing} no longer readable` : '';
    output.line(
      `  page bodies       ${bodies.fetched} of ${bodies.due} fetched (${bodies.requests} requests)${missing}`,
    );
  }
  for (const warning of summary.warnings.slice(0, 10)) {
    output.warn(`${warning.entity} ${warning.pageId}: ${sanitizeTerminalText(warning.reason)}`);
  }
  if (summary.warningCount > 10) {
    output.warn(
      `…and ${summary.warningCount - 10} more (see sync_log.details or nls sync history)`,
    );
  }
  return 0;
}
