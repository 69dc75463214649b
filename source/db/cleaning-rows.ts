import {insertRows} from './bulk-insert.js';

export {
  type AtomCleaningUpdate,
  type AtomGradeUpdate,
  mergePendingTrigrams,
  updateAtomCleaning,
} from './atom-cleaning-writes.js';

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

/** Reads every live (not removed) atom with its current grading columns. */
export function readCleaningAtoms(sql: Client): Promise<CleaningAtomRow[]> {
  return sql<CleaningAtomRow[]>`
    select id, atom_type, front, back, content, concept_id, module_id, quality_score, is_atomic,
           front_word_count, back_word_count, atomicity_status, needs_review, anki_note_id,
           created_at
    from learning_atoms where removed_at is null
    order by created_at, id`;
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
