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

/** One atom's cleaning changes: a new front, new grade fields, or both. */
export interface AtomCleaningUpdate {
  id: string;
  front: string | null;
  grade: Omit<AtomGradeUpdate, 'id'> | null;
}

/**
 * Writes fronts and grades in one statement per chunk, so an atom whose front and grade both
 * change gets one new row version (and one round of index upkeep, the trigram index included)
 * instead of two.
 */
export async function updateAtomCleaning(
  sql: Client,
  updates: readonly AtomCleaningUpdate[],
  now: Date,
): Promise<number> {
  let changed = 0;
  for (const part of chunks(updates)) {
    const result = await sql`
      update learning_atoms a
      set front = coalesce(u.front, a.front),
          quality_score = case when u.graded then u.score else a.quality_score end,
          is_atomic = case when u.graded then u.atomic::boolean else a.is_atomic end,
          front_word_count = case when u.graded then u.fw else a.front_word_count end,
          back_word_count = case when u.graded then u.bw else a.back_word_count end,
          atomicity_status = case when u.graded then u.status else a.atomicity_status end,
          needs_review = case when u.graded then u.review::boolean else a.needs_review end,
          updated_at = ${now}
      from (
        select *, score is not null as graded from unnest(
          ${part.map((u) => u.id)}::uuid[],
          ${part.map((u) => u.front) as string[]}::text[],
          ${part.map((u) => u.grade?.qualityScore ?? null) as number[]}::numeric[],
          ${part.map((u) => (u.grade ? String(u.grade.isAtomic) : null)) as string[]}::text[],
          ${part.map((u) => u.grade?.frontWordCount ?? null) as number[]}::int[],
          ${part.map((u) => u.grade?.backWordCount ?? null) as number[]}::int[],
          ${part.map((u) => u.grade?.atomicityStatus ?? null) as string[]}::text[],
          ${part.map((u) => (u.grade ? String(u.grade.needsReview) : null)) as string[]}::text[]
        ) as x(id, front, score, atomic, fw, bw, status, review)
      ) as u
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
