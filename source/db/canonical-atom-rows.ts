import {camelRows, snakeRecordsText} from './camel-rows.js';
import type {UpsertOutcome} from './canonical-rows.js';
import {appendCleaningLog} from './cleaning-log-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** What the transform needs to know about an atom already stored for a Notion page. */
export interface StoredAtom {
  id: string;
  notionId: string;
  cardId: string | null;
  atomType: string;
  front: string;
  back: string | null;
  content: unknown;
  sourceHash: string | null;
  rewriteCount: number;
}

/** An atom row to insert or update (`id` given); parents are resolved through their page ids. */
export interface AtomWriteRow {
  id: string;
  notionId: string;
  cardId: string;
  atomType: string;
  front: string;
  back: string | null;
  content: unknown;
  /** Set needs_review (never clears a flag set by cleaning). */
  needsReview: boolean;
  sourceHash: string;
  conceptNotionId: string | null;
  moduleNotionId: string | null;
}

/** One cleaning_log entry written by the sync. */
export interface SyncLogEntry {
  atomId: string;
  operation: 'notion_overwrite' | 'notion_parse_error' | 'notion_card_id_conflict';
  oldValue: unknown;
  newValue: unknown;
}

/** The atoms stored for these Notion page ids. */
export async function findAtomsByNotionIds(tx: Client, notionIds: string[]): Promise<StoredAtom[]> {
  if (notionIds.length === 0) return [];
  const rows = await tx`
    select id, notion_id, card_id, atom_type, front, back, content, source_hash,
      coalesce(rewrite_count, 0)::int as rewrite_count
    from learning_atoms where notion_id = any(${notionIds}::text[])`;
  return camelRows<StoredAtom>(rows);
}

/** Which atom (by page id; null for atoms not from Notion) holds each of these card ids. */
export async function findCardIdOwners(
  tx: Client,
  cardIds: string[],
): Promise<{cardId: string; notionId: string | null}[]> {
  if (cardIds.length === 0) return [];
  const rows = await tx`
    select card_id, notion_id from learning_atoms where card_id = any(${cardIds}::text[])`;
  return camelRows<{cardId: string; notionId: string | null}>(rows);
}

// The rows as a relation, with their concept and module looked up by Notion page id: one JSON
// document instead of thousands of parameters.
const atomValues = (tx: Client, rows: AtomWriteRow[]) => tx`
  select v.*, c.id as concept_id, m.id as module_id
  from jsonb_to_recordset(${snakeRecordsText(rows)}::text::jsonb)
    as v(id uuid, notion_id text, card_id text, atom_type text, front text, back text,
         content jsonb, needs_review boolean, source_hash text, concept_notion_id text,
         module_notion_id text)
  left join concepts c on c.notion_id = v.concept_notion_id
  left join learning_modules m on m.notion_id = v.module_notion_id`;

// The pages (of relation `v`) whose concept or module page is not stored.
const orphans = (tx: Client) => tx`
  (select array_agg(notion_id) from v
    where (concept_notion_id is not null and concept_id is null)
       or (module_notion_id is not null and module_id is null))`;

/** Inserts new atoms; returns how many and the pages whose concept or module is unknown. */
export async function insertAtoms(
  tx: Client,
  rows: AtomWriteRow[],
  now: Date,
): Promise<UpsertOutcome> {
  if (rows.length === 0) return {written: 0, orphans: []};
  const [row] = await tx<{written: number; orphans: string[] | null}[]>`
    with v as (${atomValues(tx, rows)}), ins as (
      insert into learning_atoms (id, notion_id, card_id, atom_type, front, back, content,
        needs_review, source_hash, concept_id, module_id, source, created_at, updated_at)
      select id, notion_id, card_id, atom_type, front, back, content, needs_review,
        source_hash, concept_id, module_id, 'notion', ${now}, ${now} from v
      returning 1
    )
    select (select count(*) from ins)::int as written,
      ${orphans(tx)} as orphans`;
  return {written: row?.written ?? 0, orphans: row?.orphans ?? []};
}

/** Updates stored atoms, leaving those with nothing to change untouched. */
export async function updateAtoms(
  tx: Client,
  rows: AtomWriteRow[],
  now: Date,
): Promise<UpsertOutcome> {
  if (rows.length === 0) return {written: 0, orphans: []};
  const [row] = await tx<{written: number; orphans: string[] | null}[]>`
    with v as (${atomValues(tx, rows)}), up as (
      update learning_atoms a
      set card_id = v.card_id, atom_type = v.atom_type, front = v.front, back = v.back,
        content = v.content, needs_review = coalesce(a.needs_review, false) or v.needs_review,
        source_hash = v.source_hash, concept_id = v.concept_id, module_id = v.module_id,
        removed_at = null, updated_at = ${now}
      from v
      where a.id = v.id and (
        (a.card_id, a.atom_type, a.front, a.back, a.content, a.source_hash, a.concept_id,
          a.module_id, a.removed_at is null)
        is distinct from (v.card_id, v.atom_type, v.front, v.back, v.content, v.source_hash,
          v.concept_id, v.module_id, true)
        or (v.needs_review and not coalesce(a.needs_review, false)))
      returning 1
    )
    select (select count(*) from up)::int as written,
      ${orphans(tx)} as orphans`;
  return {written: row?.written ?? 0, orphans: row?.orphans ?? []};
}

/** Appends the sync's cleaning_log entries. */
export async function insertSyncCleaningLog(
  tx: Client,
  entries: SyncLogEntry[],
  now: Date,
): Promise<void> {
  await appendCleaningLog(tx, entries, now);
}
