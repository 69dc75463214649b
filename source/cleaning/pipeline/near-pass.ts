import {
  confirmNearPairs,
  findChangedAtomIds,
  findNearPairsOf,
  type NearPair,
} from '../../db/near-duplicate-rows.js';
import type {Sql} from '../../db/sql-client.js';
import {lastCompletedRun} from '../../db/sync-log.js';
import {findSimilarPairsCooperatively, type SimilarityItem} from '../near-duplicates.js';

/** How the near-duplicate pairs of a run were found. */
export interface NearPassSummary {
  /** `full`: trigram join of every atom; `incremental`: index probes of changed atoms only. */
  readonly mode: 'full' | 'incremental';
  readonly reason: string;
  /** Atoms changed since the last completed cleaning run (null without such a run). */
  readonly changed: number | null;
  /** Full pass: pairs the join proposed to pg_trgm; incremental: pairs carried over. */
  readonly candidates: number;
  readonly pairs: number;
}

/** The pairs a completed run keeps in its sync_log details for the next incremental pass. */
export interface StoredNearPairs {
  readonly threshold: number;
  readonly pairs: [string, string, number][];
}

/** Tuning of {@link findNearPairs}; the defaults suit daily runs. */
export interface NearPassOptions {
  readonly threshold: number;
  /** A full pass runs when more atoms than this changed (default 2,000)… */
  readonly fullPassChanged?: number;
  /** …or more than this share of all atoms (default 0.2). */
  readonly fullPassShare?: number;
  /**
   * The join looks this far below the threshold (default 0.02). Its trigram sets are pg_trgm's
   * exactly for ASCII; pg_trgm hashes multibyte trigrams, and a rare hash collision could lift a
   * pair a little above what the join computes.
   */
  readonly candidateMargin?: number;
  /** Settles when the run's own writes are stored; the database is read only after that. */
  readonly written?: Promise<unknown>;
}

// More pairs than this are not stored (the next run then makes a full pass): sync_log rows
// should stay small enough to list.
const storedPairLimit = 50_000;

function readStored(details: Record<string, unknown> | null | undefined, threshold: number) {
  const stored = details?.nearPairs as StoredNearPairs | undefined;
  if (!stored || stored.threshold !== threshold || !Array.isArray(stored.pairs)) return null;
  return stored;
}

/** What a completed run stores so the next run can go incremental (null: too many to keep). */
export function storeNearPairs(pairs: readonly NearPair[], threshold: number) {
  if (pairs.length > storedPairLimit) return null;
  return {threshold, pairs: pairs.map((p) => [p.aId, p.bId, p.similarity])};
}

async function fullPass(
  sql: Sql,
  items: readonly SimilarityItem[],
  options: NearPassOptions,
  reason: string,
  changed: number | null,
) {
  const margin = options.candidateMargin ?? 0.02;
  const candidates = await findSimilarPairsCooperatively(
    items,
    Math.max(0.01, options.threshold - margin),
  );
  await options.written;
  const pairs = await confirmNearPairs(sql, candidates, options.threshold);
  const summary: NearPassSummary = {
    mode: 'full',
    reason,
    changed,
    candidates: candidates.length,
    pairs: pairs.length,
  };
  return {pairs, summary};
}

/** What {@link findNearPairs} will do, decided before the run writes anything. */
export interface NearPassPlan {
  readonly stored: StoredNearPairs | null;
  /** Live atoms changed since the last completed run started; null without a usable run. */
  readonly changed: string[] | null;
}

/**
 * Reads, before the run's own writes touch updated_at, which atoms changed since the last
 * completed cleaning run started and whether that run left pairs to carry over.
 */
export async function planNearPass(sql: Sql, threshold: number): Promise<NearPassPlan> {
  const last = await lastCompletedRun(sql, ['cleaning']);
  const stored = last ? readStored(last.details, threshold) : null;
  if (!last || !stored) return {stored: null, changed: null};
  return {stored, changed: await findChangedAtomIds(sql, last.startedAt)};
}

/**
 * The near-duplicate pairs (pg_trgm similarity ≥ threshold, same atom type) among `items`, whose
 * texts must be the fronts as stored. After a completed run with few changes since, it probes
 * only the changed atoms through the trigram index and carries over that run's other pairs;
 * otherwise it joins all atoms in memory and has pg_trgm confirm the candidates in bulk.
 */
export async function findNearPairs(
  sql: Sql,
  items: readonly SimilarityItem[],
  plan: NearPassPlan,
  options: NearPassOptions,
): Promise<{pairs: NearPair[]; summary: NearPassSummary}> {
  const {stored, changed} = plan;
  if (!stored || !changed) {
    return fullPass(sql, items, options, 'no earlier run to build on', null);
  }
  const limit = Math.min(
    options.fullPassChanged ?? 2_000,
    (options.fullPassShare ?? 0.2) * items.length,
  );
  if (changed.length > limit) {
    return fullPass(sql, items, options, 'many atoms changed', changed.length);
  }
  await options.written;
  const live = new Set(items.map((item) => item.id));
  const touched = new Set(changed);
  const byKey = new Map<string, NearPair>();
  for (const [a, b, similarity] of stored.pairs) {
    if (!live.has(a) || !live.has(b) || touched.has(a) || touched.has(b)) continue;
    byKey.set(`${a} ${b}`, {aId: a, bId: b, similarity});
  }
  const carried = byKey.size;
  for (const pair of await findNearPairsOf(sql, changed, options.threshold)) {
    if (live.has(pair.aId) && live.has(pair.bId)) byKey.set(`${pair.aId} ${pair.bId}`, pair);
  }
  const pairs = [...byKey.values()];
  const summary: NearPassSummary = {
    mode: 'incremental',
    reason: `${changed.length} atoms changed since the last run`,
    changed: changed.length,
    candidates: carried,
    pairs: pairs.length,
  };
  return {pairs, summary};
}
