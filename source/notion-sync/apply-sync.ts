import type {Database} from '../db/connection.js';
import {recordPageEditTimes} from '../db/page-body-rows.js';
import {
  deleteStagingRows,
  type NotionSourceRow,
  saveNotionSources,
  saveSourcePropertyIds,
  upsertStagingRows,
} from '../db/staging-rows.js';
import {completeSyncRun} from '../db/sync-log.js';
import type {SourcePage} from '../transform/page-reader.js';
import {runTransform} from '../transform/run-transform.js';
import type {EntityWork} from './run-notion-sync.js';
import {collectWarnings, entityCounts, keptWarnings, runDetails, totalsOf} from './summarize.js';
import type {NotionSyncOptions, NotionSyncSummary} from './sync-types.js';

/** What {@link applySync} writes. */
export interface ApplyInput {
  runId: string;
  work: EntityWork[];
  sources: NotionSourceRow[];
  /** Property ids walks learned that the cache does not hold yet. */
  propertyIds: {entity: string; propertyIds: Record<string, string>}[];
  /** The summary so far (fetch counts, checkpoints); completed and returned. */
  summary: NotionSyncSummary;
  options: NotionSyncOptions;
  stats: () => {requests: number; retries: number; durationMs: number};
}

// A full walk re-applies every page (the upserts skip unchanged rows), which also links rows
// whose parent arrived later; an incremental walk applies only what changed.
function transformPages(w: EntityWork): SourcePage[] {
  const staged = w.mode === 'full' ? w.fetched.pages.map((p) => p.staging) : w.plan.upserts;
  return staged.map((row) => ({id: row.notionPageId, properties: row.rawProperties}));
}

/**
 * Writes staging, the canonical tables and the completed sync_log row in one transaction: a run
 * that fails or is killed before the commit leaves all of them as they were.
 */
export async function applySync(db: Database, input: ApplyInput): Promise<NotionSyncSummary> {
  const {options, summary, work} = input;
  const now = options.now();
  options.onProgress({type: 'phase', phase: 'Applying changes', total: work.length});
  return db.sql.begin(async (tx) => {
    await saveNotionSources(tx, input.sources, now);
    await saveSourcePropertyIds(tx, input.propertyIds);
    let done = 0;
    for (const w of work) {
      await upsertStagingRows(tx, w.entity, w.plan.upserts, now);
      await deleteStagingRows(tx, w.entity, w.plan.removed);
      // Pages whose properties did not change still carry their edit time: a body-only edit
      // makes the body due (new and changed pages got it with their row above).
      if (w.entity === 'flashcards') await recordPageEditTimes(tx, w.fetched.pages);
      done += 1;
      options.onProgress({type: 'advance', phase: 'Staging', done, total: work.length});
    }
    const results = await runTransform(tx, {
      pages: Object.fromEntries(work.map((w) => [w.entity, transformPages(w)])),
      removed: Object.fromEntries(work.map((w) => [w.entity, w.plan.canonicalRemoved])),
      properties: options.config.notion.properties,
      now,
    });
    const warnings = collectWarnings(results);
    const entities = Object.fromEntries(
      work.map((w) => [w.entity, entityCounts(w.mode, w.fetched, w.plan, results[w.entity])]),
    );
    const result: NotionSyncSummary = {
      ...summary,
      entities,
      totals: totalsOf(entities),
      ...input.stats(),
      warnings: warnings.slice(0, keptWarnings),
      warningCount: warnings.length,
    };
    const fetched = work.reduce((sum, w) => sum + entities[w.entity]!.fetched, 0);
    await completeSyncRun(
      tx,
      input.runId,
      {processed: fetched, ...result.totals},
      runDetails(result),
    );
    return result;
  }) as Promise<NotionSyncSummary>;
}
