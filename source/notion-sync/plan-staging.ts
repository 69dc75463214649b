import type {StagingRow} from '../db/staging-rows.js';
import type {FetchedEntity} from './fetch-entity.js';

/** How a fetched entity differs from what is staged. */
export interface StagingPlan {
  /** New and changed pages (unchanged ones are not rewritten). */
  upserts: StagingRow[];
  added: number;
  updated: number;
  unchanged: number;
  /** Staged pages to delete: trashed ones, and (after a complete full walk) absent ones. */
  removed: string[];
  /** Page ids whose canonical rows get removed_at (also trashed pages never staged). */
  canonicalRemoved: string[];
}

/**
 * Compares a walk with the staged hashes. `sweep` (a full, complete walk) also removes staged
 * pages the walk did not return; a failed or incremental walk never removes anything that way.
 */
export function planStaging(
  fetched: FetchedEntity,
  staged: ReadonlyMap<string, string | null>,
  sweep: boolean,
): StagingPlan {
  const plan: StagingPlan = {
    upserts: [],
    added: 0,
    updated: 0,
    unchanged: 0,
    removed: [],
    canonicalRemoved: [],
  };
  const seen = new Set<string>();
  for (const page of fetched.pages) {
    seen.add(page.id);
    const hash = staged.get(page.id);
    if (hash === undefined) plan.added += 1;
    else if (hash !== page.staging.syncHash) plan.updated += 1;
    else {
      plan.unchanged += 1;
      continue;
    }
    plan.upserts.push(page.staging);
  }
  const gone = new Set(fetched.trashed);
  if (sweep && fetched.complete) {
    for (const id of staged.keys()) if (!seen.has(id)) gone.add(id);
  }
  plan.canonicalRemoved = [...gone];
  plan.removed = plan.canonicalRemoved.filter((id) => staged.has(id));
  return plan;
}
