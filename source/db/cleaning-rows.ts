import {insertRows} from './bulk-insert.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

export {
  confirmNearPairs,
  explainNearDuplicatePairs,
  explainNearPairsOf,
  findChangedAtomIds,
  findNearDuplicatePairs,
  findNearPairsOf,
  type NearPair,
} from './near-duplicate-rows.js';

/** A live atom with what the cleaning pipeline reads and may rewrite. */
export interface CleaningAtomRow {
  id: string;
  atom_type: string;
  front: string;
  back: string | null;
  content: unknown;
  concept_id: string | null;
  module_id: string | null;
  quality_score: number | null;
  is_atomic: boolean | null;
  front_word_count: number | null;
  back_word_count: number | null;
  atomicity_status: string | null;
  needs_review: boolean | null;
  anki_note_id: number | null;
  created_at: Date;
}

/** New grading columns of one atom. */
export interface AtomGradeUpdate {
  id: string;
  qualityScore: number;
  isAtomic: boolean;
  frontWordCount: number;
  backWordCount: number;
  atomicityStatus: string;
  needsReview: boolean;
}

/** One `cleaning_log` row to write. */
export interface CleaningLogEntry {
  atomId: string;
  operation: 'atomicity_check' | 'prefix_normalize';
  oldValue: unknown;
  newValue: unknown;
}

/** A `review_queue` row the pipeline proposes (always pending). */
export interface ReviewProposalRow {
  atom_type: string;
  front: string;
  back: string | null;
  concept_id: string | null;
  module_id: string | null;
  original_front: string;
  original_back: string | null;
  original_atom_id: string;
  source: 'gemini' | 'duplicate_merge';
  batch_id: string;
  quality_score: number;
  ai_confidence: number | null;
  rewrite_reason: string;
  content: unknown;
}

// Large enough to keep round trips few, small enough to keep one statement's arrays modest.
const chunkSize = 10_000;

function chunks<T>(items: readonly T[]): T[][] {
  const out: T[][] = [];
  for (let start = 0; start < items.length; start += chunkSize) {
    out.push(items.slice(start, start + chunkSize));
  }
  return out;
}

/** Reads every live (not removed) atom with its current grading columns. */
export function readCleaningAtoms(sql: Client): Promise<CleaningAtomRow[]> {
  return sql<CleaningAtomRow[]>`
    select id, atom_type, front, back, content, concept_id, module_id, quality_score, is_atomic,
           front_word_count, back_word_count, atomicity_status, needs_review, anki_note_id,
           created_at
    from learning_atoms where removed_at is null
    order by created_at, id`;
}

/** Writes new grading columns in bulk; returns how many rows changed. */
export async function updateAtomGrades(
  sql: Client,
  updates: readonly AtomGradeUpdate[],
  now: Date,
): Promise<number> {
  let changed = 0;
  for (const part of chunks(updates)) {
    const result = await sql`
      update learning_atoms a
      set quality_score = u.score, is_atomic = u.atomic::boolean, front_word_count = u.fw,
          back_word_count = u.bw, atomicity_status = u.status, needs_review = u.review::boolean,
          updated_at = ${now}
      -- Booleans travel as text: postgres.js cannot send a boolean[] parameter.
      from unnest(
        ${part.map((u) => u.id)}::uuid[],
        ${part.map((u) => u.qualityScore)}::numeric[],
        ${part.map((u) => String(u.isAtomic))}::text[],
        ${part.map((u) => u.frontWordCount)}::int[],
        ${part.map((u) => u.backWordCount)}::int[],
        ${part.map((u) => u.atomicityStatus)}::text[],
        ${part.map((u) => String(u.needsReview))}::text[]
      ) as u(id, score, atomic, fw, bw, status, review)
      where a.id = u.id`;
    changed += result.count;
  }
  return changed;
}

/** Replaces atom fronts in bulk; returns how many rows changed. */
export async function updateAtomFronts(
  sql: Client,
  updates: readonly {id: string; front: string}[],
  now: Date,
): Promise<number> {
  let changed = 0;
  for (const part of chunks(updates)) {
    const result = await sql`
      update learning_atoms a set front = u.front, updated_at = ${now}
      from unnest(${part.map((u) => u.id)}::uuid[], ${part.map((u) => u.front)}::text[])
        as u(id, front)
      where a.id = u.id`;
    changed += result.count;
  }
  return changed;
}

/** Appends cleaning_log rows (old and new values as JSON). */
export async function insertCleaningLog(
  sql: Client,
  entries: readonly CleaningLogEntry[],
  now: Date,
): Promise<void> {
  for (const part of chunks(entries)) {
    await sql`
      insert into cleaning_log (atom_id, operation, old_value, new_value, performed_at)
      select u.atom_id, u.operation, u.old_value::jsonb, u.new_value::jsonb, ${now}
      from unnest(
        ${part.map((e) => e.atomId)}::uuid[],
        ${part.map((e) => e.operation)}::text[],
        ${part.map((e) => JSON.stringify(e.oldValue ?? null))}::text[],
        ${part.map((e) => JSON.stringify(e.newValue ?? null))}::text[]
      ) as u(atom_id, operation, old_value, new_value)`;
  }
}

/** Atoms that already have a duplicate-merge proposal in any status (resolved or not). */
export async function findMergeProposedAtomIds(sql: Client): Promise<Set<string>> {
  const rows = await sql<{id: string}[]>`
    select distinct original_atom_id as id from review_queue
    where source = 'duplicate_merge' and original_atom_id is not null`;
  return new Set(rows.map((row) => row.id));
}

/** Atoms with a pending review item of any source. */
export async function findPendingReviewAtomIds(sql: Client): Promise<Set<string>> {
  const rows = await sql<{id: string}[]>`
    select distinct original_atom_id as id from review_queue
    where status = 'pending' and original_atom_id is not null`;
  return new Set(rows.map((row) => row.id));
}

/** Queues proposals as pending review items. */
export async function insertReviewProposals(
  sql: Client,
  rows: readonly ReviewProposalRow[],
  now: Date,
): Promise<void> {
  await insertRows(
    sql,
    'review_queue',
    rows.map((row) => ({
      ...row,
      content:
        row.content === null || row.content === undefined ? null : sql.json(row.content as never),
      status: 'pending',
      created_at: now,
    })),
  );
}

/** How many review items wait for a decision. */
export async function countPendingReviews(sql: Client): Promise<number> {
  const [row] = await sql<{n: number}[]>`
    select count(*)::int as n from review_queue where status = 'pending'`;
  return row?.n ?? 0;
}
