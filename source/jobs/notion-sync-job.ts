import {type NotionSyncSummary, runNotionSync} from '../notion-sync/run-notion-sync.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {JobContext, JobOutcome, JobText} from './job-outcome.js';

/** Options of a Notion sync. */
export interface NotionSyncJobOptions {
  /** Walk every row and sweep deletions, whatever the checkpoint says. */
  full?: boolean;
  /** Fetch and report what would change; write nothing. */
  dryRun?: boolean;
}

/** Pulls the configured Notion databases (the client is built from `config.notion`). */
export async function notionSyncJob(
  context: JobContext,
  options: NotionSyncJobOptions = {},
): Promise<JobOutcome<NotionSyncSummary>> {
  const {db, config, now, onProgress, signal} = context;
  const summary = await runNotionSync(db, {
    config,
    full: options.full === true,
    dryRun: options.dryRun === true,
    now,
    onProgress,
    ...(signal ? {signal} : {}),
  });
  return {summary, exitCode: 0, ...notionSyncText(summary)};
}

/** How a Notion sync reads: totals, a line per entity, page bodies, requests and time, warnings. */
export function notionSyncText(summary: NotionSyncSummary): JobText {
  const mode = summary.type === 'notion_full' ? 'full' : 'incremental';
  const {totals} = summary;
  const lines = [
    `${summary.dryRun ? 'Dry run (nothing written), ' : ''}Notion ${mode} sync: ${totals.added} added, ${totals.updated} updated, ${totals.removed} removed, ${totals.unchanged} unchanged, ${summary.warningCount} warnings.`,
  ];
  for (const [entity, c] of Object.entries(summary.entities)) {
    const extra = `${c.orphans ? `, ${c.orphans} orphaned` : ''}${c.errors ? `, ${c.errors} with problems` : ''}`;
    lines.push(
      `  ${entity.padEnd(17)} ${c.added} added, ${c.updated} updated, ${c.unchanged} unchanged, ${c.removed} removed${extra}`,
    );
  }
  const bodies = summary.bodies;
  if (bodies && bodies.due > 0) {
    const missing = bodies.missing ? `, ${bodies.missing} no longer readable` : '';
    lines.push(
      `  page bodies       ${bodies.fetched} of ${bodies.due} fetched (${bodies.requests} requests)${missing}`,
    );
  }
  lines.push(`  ${summary.requests} requests in ${(summary.durationMs / 1000).toFixed(1)} s`);
  const warnings = summary.warnings
    .slice(0, 10)
    .map((w) => `${w.entity} ${w.pageId}: ${sanitizeTerminalText(w.reason)}`);
  if (summary.warningCount > 10) {
    warnings.push(
      `…and ${summary.warningCount - 10} more (see sync_log.details or nls sync history)`,
    );
  }
  return {lines, warnings};
}
