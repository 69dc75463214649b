import type {NotionEntity} from '../config/config-schema.js';
import type {EntityTransformResult} from '../transform/run-transform.js';
import type {FetchedEntity} from './fetch-entity.js';
import type {StagingPlan} from './plan-staging.js';
import type {EntitySyncCounts, NotionSyncSummary, SyncWarning} from './sync-types.js';

/** How many warnings a run keeps in sync_log.details (the rest are only counted). */
export const keptWarnings = 50;

const orphanReason = 'links to a parent page that is not synced (not shared with the integration?)';

/** Counts for one entity from its walk, staging plan and (when applied) transform result. */
export function entityCounts(
  mode: 'full' | 'incremental',
  fetched: FetchedEntity,
  plan: StagingPlan,
  result: EntityTransformResult | undefined,
): EntitySyncCounts {
  return {
    mode,
    fetched: fetched.pages.length + fetched.trashed.length,
    added: plan.added,
    updated: plan.updated,
    unchanged: plan.unchanged,
    removed: plan.removed.length,
    orphans: result?.orphans.length ?? 0,
    errors: new Set(result?.issues.map((issue) => issue.pageId)).size,
  };
}

/** Every warning of a run: bad input first, then orphans, in entity order. */
export function collectWarnings(
  results: Partial<Record<NotionEntity, EntityTransformResult>>,
): SyncWarning[] {
  const warnings: SyncWarning[] = [];
  for (const [entity, result] of Object.entries(results) as [
    NotionEntity,
    EntityTransformResult,
  ][]) {
    for (const issue of result.issues) warnings.push({entity, ...issue});
    for (const pageId of result.orphans) warnings.push({entity, pageId, reason: orphanReason});
  }
  return warnings;
}

/** Sums the per-entity counts. */
export function totalsOf(entities: NotionSyncSummary['entities']): NotionSyncSummary['totals'] {
  const totals = {added: 0, updated: 0, unchanged: 0, removed: 0};
  for (const counts of Object.values(entities)) {
    totals.added += counts.added;
    totals.updated += counts.updated;
    totals.unchanged += counts.unchanged;
    totals.removed += counts.removed;
  }
  return totals;
}

/** The details object stored on the run's sync_log row. */
export function runDetails(summary: NotionSyncSummary): Record<string, unknown> {
  return {
    ...summary.entities,
    type: summary.type,
    requests: summary.requests,
    retries: summary.retries,
    durationMs: summary.durationMs,
    checkpoint: summary.checkpoint,
    checkpoints: summary.checkpoints,
    warnings: summary.warnings,
    warningCount: summary.warningCount,
  };
}
