import type {StoredGrade} from './atom-cleaning-writes.js';
import {camelRows} from './camel-rows.js';
import {appendCleaningLog} from './cleaning-log-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

// postgres.js sends a boolean array as a scalar boolean, so booleans travel as text[] here.

type Client = Sql | TransactionSql;

/** A locked row plus its exact image (`to_jsonb`) for the undo journal. */
export type Imaged<T> = T & {image: Record<string, unknown>};

/** The atom columns triage reads. */
export interface TriageAtomRow {
  id: string;
  cardId: string | null;
  notionId: string | null;
  atomType: string;
  front: string;
  back: string | null;
  content: unknown;
  conceptId: string | null;
  moduleId: string | null;
  removedAt: Date | null;
}

/** New text and grading of an atom that an approval rewrites in place. */
export interface AtomTextUpdate extends StoredGrade {
  id: string;
  front: string;
  back: string | null;
  /** JSON text of the new quiz content, or null to keep the current content. */
  contentJson: string | null;
}

/** An atom an approved split creates. */
export interface NewAtomRow extends Omit<AtomTextUpdate, 'id'> {
  cardId: string;
  atomType: string;
  conceptId: string | null;
  moduleId: string | null;
  batchId: string | null;
}

/** One cleaning_log entry. */
export interface CleaningLogEntry {
  atomId: string;
  operation: string;
  oldValue: unknown;
  newValue: unknown;
}

/** Locks atoms and returns them with their exact images. */
export async function lockAtoms(
  tx: Client,
  ids: readonly string[],
): Promise<Imaged<TriageAtomRow>[]> {
  const rows = await tx`
    select to_jsonb(a) as image, a.id, a.card_id, a.notion_id, a.atom_type, a.front, a.back,
           a.content, a.concept_id, a.module_id, a.removed_at
    from learning_atoms a where a.id = any(${ids}::uuid[]) order by a.id for update`;
  return camelRows<Imaged<TriageAtomRow>>(rows);
}

/** Card ids that start with any of the prefixes (to pick free split suffixes). */
export async function findCardIdsStartingWith(
  sql: Client,
  prefixes: readonly string[],
): Promise<Set<string>> {
  if (prefixes.length === 0) return new Set();
  const rows = await sql<{card_id: string}[]>`
    select card_id from learning_atoms a
    where a.card_id is not null
      and exists (select 1 from unnest(${prefixes}::text[]) p where starts_with(a.card_id, p))`;
  return new Set(rows.map((row) => row.card_id));
}

/** Rewrites atoms in place with regraded text; counts the rewrite. */
export async function updateAtomTexts(
  tx: Client,
  updates: readonly AtomTextUpdate[],
  now: Date,
): Promise<void> {
  if (updates.length === 0) return;
  await tx`
    update learning_atoms a
    set front = u.front, back = u.back, content = coalesce(u.content::jsonb, a.content),
        quality_score = u.quality, is_atomic = u.atomic::bool, front_word_count = u.fwc,
        back_word_count = u.bwc, atomicity_status = u.status, needs_review = u.review::bool,
        rewrite_count = coalesce(a.rewrite_count, 0) + 1, last_rewrite_at = ${now},
        updated_at = ${now}
    from unnest(
      ${updates.map((u) => u.id)}::uuid[], ${updates.map((u) => u.front)}::text[],
      ${updates.map((u) => u.back) as string[]}::text[],
      ${updates.map((u) => u.contentJson) as string[]}::text[],
      ${updates.map((u) => u.qualityScore)}::numeric[], ${updates.map((u) => String(u.isAtomic))}::text[],
      ${updates.map((u) => u.frontWordCount)}::int[], ${updates.map((u) => u.backWordCount)}::int[],
      ${updates.map((u) => u.atomicityStatus)}::text[], ${updates.map((u) => String(u.needsReview))}::text[]
    ) as u(id, front, back, content, quality, atomic, fwc, bwc, status, review)
    where a.id = u.id`;
}

/** Creates split atoms (source `ai_batch`); returns their ids by card id. */
export async function insertSplitAtoms(
  tx: Client,
  rows: readonly NewAtomRow[],
  now: Date,
): Promise<Map<string, string>> {
  if (rows.length === 0) return new Map();
  const inserted = await tx<{id: string; card_id: string}[]>`
    insert into learning_atoms (card_id, atom_type, front, back, content, concept_id, module_id,
      quality_score, is_atomic, front_word_count, back_word_count, atomicity_status, needs_review,
      rewrite_count, source, batch_id, created_at, updated_at)
    select card_id, atom_type, front, back, content::jsonb, concept_id, module_id, quality, atomic::bool,
           fwc, bwc, status, review::bool, 0, 'ai_batch', batch_id, ${now}, ${now}
    from unnest(
      ${rows.map((r) => r.cardId)}::text[], ${rows.map((r) => r.atomType)}::text[],
      ${rows.map((r) => r.front)}::text[], ${rows.map((r) => r.back) as string[]}::text[],
      ${rows.map((r) => r.contentJson) as string[]}::text[],
      ${rows.map((r) => r.conceptId) as string[]}::uuid[],
      ${rows.map((r) => r.moduleId) as string[]}::uuid[],
      ${rows.map((r) => r.qualityScore)}::numeric[], ${rows.map((r) => String(r.isAtomic))}::text[],
      ${rows.map((r) => r.frontWordCount)}::int[], ${rows.map((r) => r.backWordCount)}::int[],
      ${rows.map((r) => r.atomicityStatus)}::text[], ${rows.map((r) => String(r.needsReview))}::text[],
      ${rows.map((r) => r.batchId) as string[]}::text[]
    ) as u(card_id, atom_type, front, back, content, concept_id, module_id, quality, atomic, fwc,
           bwc, status, review, batch_id)
    returning id, card_id`;
  return new Map(inserted.map((row) => [row.card_id, row.id]));
}

/** Marks atoms removed (their Anki notes are suspended at the next push). */
export async function markAtomsRemoved(tx: Client, ids: readonly string[], now: Date) {
  if (ids.length === 0) return;
  await tx`
    update learning_atoms set removed_at = ${now}, updated_at = ${now}
    where id = any(${ids}::uuid[])`;
}

/** Appends cleaning_log entries; returns their ids. */
export async function insertCleaningLogs(
  sql: Client,
  entries: readonly CleaningLogEntry[],
  now: Date,
): Promise<string[]> {
  return appendCleaningLog(sql, entries, now);
}

/** Text and Notion page of atoms (for write-back after a decision). */
export async function findAtomTexts(
  sql: Client,
  ids: readonly string[],
): Promise<{id: string; notionId: string | null; front: string; back: string | null}[]> {
  return camelRows(
    await sql`select id, notion_id, front, back from learning_atoms where id = any(${ids}::uuid[])`,
  );
}
