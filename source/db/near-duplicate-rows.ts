import {camelRows} from './camel-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** Two live atoms of one type whose fronts are trigram-similar. */
export interface NearPair {
  aId: string;
  bId: string;
  similarity: number;
}

// Fronts are compared as a reader sees them: `coalesce(front_plain, front)` is the plain
// projection (migration 0012), the expression the trigram index is built on.
// Atom `a` probes the trigram GIN index for similar fronts; the threshold is the `%` operator's,
// set for this transaction only. `offset 0` keeps the other conditions out of the probe: pushed
// in, `b.id > a.id` tempts the planner into a primary-key range scan (all pairs).
function similarFronts(tx: TransactionSql) {
  return tx`
    cross join lateral (
      select b.id, b.atom_type, b.removed_at,
             similarity(coalesce(a.front_plain, a.front), coalesce(b.front_plain, b.front))::float8
               as similarity
      from learning_atoms b
      where coalesce(b.front_plain, b.front) % coalesce(a.front_plain, a.front)
      offset 0
    ) n`;
}

// Every live atom probes the index.
function nearPairQuery(tx: TransactionSql) {
  return tx`
    select a.id as a_id, n.id as b_id, n.similarity
    from learning_atoms a
    ${similarFronts(tx)}
    where a.removed_at is null and n.removed_at is null and n.id > a.id
      and n.atom_type = a.atom_type`;
}

// The planner cannot estimate `%` against a value from the outer row, guesses 1 % and then
// prefers a sequential scan per atom: n² comparisons at scale. Turning sequential scans off for
// this transaction leaves the trigram index as the only way to evaluate the probe.
async function prepareNearPairs(tx: TransactionSql, threshold: number): Promise<void> {
  await tx`select set_config('pg_trgm.similarity_threshold', ${String(threshold)}, true)`;
  await tx`select set_config('enable_seqscan', 'off', true)`;
}

/** Pairs of live atoms of one type whose fronts have trigram similarity ≥ `threshold` (0–1). */
export function findNearDuplicatePairs(sql: Sql, threshold: number): Promise<NearPair[]> {
  return sql.begin(async (tx) => {
    await prepareNearPairs(tx, threshold);
    return camelRows<NearPair>(await nearPairQuery(tx));
  });
}

/** The query plan of {@link findNearDuplicatePairs}, one line per entry (to check index use). */
export function explainNearDuplicatePairs(sql: Sql, threshold: number): Promise<string[]> {
  return sql.begin(async (tx) => {
    await prepareNearPairs(tx, threshold);
    const rows = await tx<{'QUERY PLAN': string}[]>`explain ${nearPairQuery(tx)}`;
    return rows.map((row) => row['QUERY PLAN']);
  });
}

// The same probe for a few atoms only (those changed since the last run): each still goes
// through the GIN index, and pairs are reported once with the smaller id first.
function nearPairsOfQuery(tx: TransactionSql, ids: readonly string[]) {
  return tx`
    select distinct least(a.id, n.id) as a_id, greatest(a.id, n.id) as b_id, n.similarity
    from learning_atoms a
    ${similarFronts(tx)}
    where a.id = any(${ids as string[]}::uuid[]) and a.removed_at is null
      and n.removed_at is null and n.id <> a.id and n.atom_type = a.atom_type`;
}

/** Near-duplicate pairs (as {@link findNearDuplicatePairs}) that involve one of `ids`. */
export async function findNearPairsOf(
  sql: Sql,
  ids: readonly string[],
  threshold: number,
): Promise<NearPair[]> {
  if (ids.length === 0) return [];
  return sql.begin(async (tx) => {
    await prepareNearPairs(tx, threshold);
    return camelRows<NearPair>(await nearPairsOfQuery(tx, ids));
  });
}

/** The query plan of {@link findNearPairsOf}, one line per entry (to check index use). */
export function explainNearPairsOf(
  sql: Sql,
  ids: readonly string[],
  threshold: number,
): Promise<string[]> {
  return sql.begin(async (tx) => {
    await prepareNearPairs(tx, threshold);
    const rows = await tx<{'QUERY PLAN': string}[]>`explain ${nearPairsOfQuery(tx, ids)}`;
    return rows.map((row) => row['QUERY PLAN']);
  });
}

// Candidate pairs per statement: two uuid arrays of this length stay a few megabytes.
const confirmChunk = 50_000;

/**
 * Keeps the candidate pairs (found outside the database) that pg_trgm itself rates ≥ `threshold`
 * among live atoms of one type, so pg_trgm stays the judge of similarity.
 */
export async function confirmNearPairs(
  sql: Client,
  candidates: readonly {a: string; b: string}[],
  threshold: number,
): Promise<NearPair[]> {
  const confirmed: NearPair[] = [];
  for (let start = 0; start < candidates.length; start += confirmChunk) {
    const part = candidates.slice(start, start + confirmChunk);
    const rows = await sql`
      select s.a_id, s.b_id, s.similarity
      from (
        select a.id as a_id, b.id as b_id,
               similarity(coalesce(a.front_plain, a.front), coalesce(b.front_plain, b.front))::float8
                 as similarity
        from unnest(${part.map((p) => p.a)}::uuid[], ${part.map((p) => p.b)}::uuid[]) as p(a, b)
        join learning_atoms a on a.id = p.a
        join learning_atoms b on b.id = p.b
        where a.removed_at is null and b.removed_at is null and a.atom_type = b.atom_type
      ) s
      where s.similarity >= ${threshold}::float8`.then(camelRows<NearPair>);
    confirmed.push(...rows);
  }
  return confirmed;
}

/** Live atoms written after `since` (new, edited, restored or re-graded). */
export async function findChangedAtomIds(sql: Client, since: Date): Promise<string[]> {
  const rows = await sql<{id: string}[]>`
    select id from learning_atoms where removed_at is null and updated_at > ${since}`;
  return rows.map((row) => row.id);
}
