import {insertRows} from './bulk-insert.js';
import {camelRows, jsonValue} from './camel-rows.js';

export {
  type AtomCleaningUpdate,
  type CleaningWriteTotals,
  createCleaningWriter,
  mergePendingTrigrams,
} from './atom-cleaning-writes.js';

import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

export {
  explainNearDuplicatePairs,
  explainNearPairsOf,
  findNearDuplicatePairs,
  type NearPair,
} from './near-duplicate-rows.js';

/** A live atom with what the cleaning pipeline grades and compares. */
export interface CleaningAtomRow {
  id: string;
  atomType: string;
  front: string;
  /** The stored plain projection of the front; null when the front has no markup. */
  frontPlain: string | null;
  back: string | null;
  qualityScore: number | null;
  isAtomic: boolean | null;
  frontWordCount: number | null;
  backWordCount: number | null;
  atomicityStatus: string | null;
  needsReview: boolean | null;
  ankiLinked: boolean;
  createdAt: Date;
  cardId: string | null;
}

/** What a proposal about an atom copies from it, read only for the few atoms proposed. */
export interface AtomDetails {
  id: string;
  back: string | null;
  content: unknown;
  conceptId: string | null;
  moduleId: string | null;
  /** The Notion page's body (stored blocks), or null. */
  rawContent: unknown;
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
  source: 'gemini' | 'vertex' | 'duplicate_merge';
  batch_id: string;
  quality_score: number;
  ai_confidence: number | null;
  rewrite_reason: string;
  content: unknown;
}

/** The first and last id of one page of atoms. */
export type PageBounds = readonly [first: string, last: string];

/**
 * The first and last id of each run of `pageSize` live atoms in id order, and how many atoms are
 * live: knowing the pages up front, a run can ask for every page at once, each with the same
 * statement.
 */
export async function readCleaningPageBounds(
  sql: Client,
  pageSize: number,
): Promise<{pages: PageBounds[]; total: number}> {
  // The first and last row of each page, in order: pairs of them bound the pages.
  const rows = await sql<{id: string; n: number; total: number}[]>`
    select id, n, total from (
      select id, row_number() over (order by id) as n, count(*) over () as total
      from learning_atoms where removed_at is null
    ) numbered
    where (n - 1) % ${pageSize} = 0 or n % ${pageSize} = 0 or n = total
    order by n`;
  const pages: PageBounds[] = [];
  for (const row of rows) {
    if ((row.n - 1) % pageSize === 0) pages.push([row.id, row.id]);
    else pages[pages.length - 1] = [pages[pages.length - 1]![0], row.id];
  }
  return {pages, total: rows[0]?.total ?? 0};
}

/** The live atoms of one page, in id order. */
export function readCleaningAtomPage(
  sql: Client,
  [first, last]: PageBounds,
): Promise<CleaningAtomRow[]> {
  return sql`
    select id, atom_type, front, front_plain, back, quality_score, is_atomic, front_word_count,
           back_word_count, atomicity_status, needs_review, anki_note_id is not null as anki_linked,
           created_at, card_id
    from learning_atoms
    where removed_at is null and id between ${first}::uuid and ${last}::uuid
    order by id`.then(camelRows<CleaningAtomRow>);
}

/** The details of the given atoms, by id (atoms not found are left out). */
export async function readAtomDetails(
  sql: Client,
  ids: readonly string[],
): Promise<Map<string, AtomDetails>> {
  if (ids.length === 0) return new Map();
  const rows = await sql`
    select a.id, a.back, a.content, a.concept_id, a.module_id, s.raw_content
    from learning_atoms a left join stg_notion_flashcards s on s.notion_page_id = a.notion_id
    where a.id = any(${ids as string[]}::uuid[])`.then(camelRows<AtomDetails>);
  return new Map(rows.map((row) => [row.id, row]));
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
        row.content === null || row.content === undefined ? null : sql.json(jsonValue(row.content)),
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
