import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** What the undo journal keeps for one decision (stored in review_decisions.before_rows). */
export interface DecisionJournal {
  reviewQueue: Record<string, unknown>[];
  learningAtoms: Record<string, unknown>[];
  inserted: {learningAtoms: string[]; cleaningLog: string[]};
  /** Atoms whose card text changed (written back to Notion when allowed). */
  textChanged: string[];
}

/** The journal as stored: keys are table names, so journals written by any version undo. */
interface StoredJournal {
  review_queue?: Record<string, unknown>[];
  learning_atoms?: Record<string, unknown>[];
  inserted?: {learning_atoms?: string[]; cleaning_log?: string[]};
  text_changed?: string[];
}

function storedJournal(journal: DecisionJournal): StoredJournal {
  return {
    review_queue: journal.reviewQueue,
    learning_atoms: journal.learningAtoms,
    inserted: {
      learning_atoms: journal.inserted.learningAtoms,
      cleaning_log: journal.inserted.cleaningLog,
    },
    text_changed: journal.textChanged,
  };
}

function readJournal(value: unknown): DecisionJournal {
  const journal = value as StoredJournal | null;
  return {
    reviewQueue: journal?.review_queue ?? [],
    learningAtoms: journal?.learning_atoms ?? [],
    inserted: {
      learningAtoms: journal?.inserted?.learning_atoms ?? [],
      cleaningLog: journal?.inserted?.cleaning_log ?? [],
    },
    textChanged: journal?.text_changed ?? [],
  };
}

/** A `review_decisions` row with its journal read. */
export interface DecisionRow {
  id: string;
  queueIds: string[];
  action: string;
  journal: DecisionJournal;
  decidedAt: Date;
  undoneAt: Date | null;
}

interface StoredDecisionRow {
  id: string;
  queue_ids: string[];
  action: string;
  before_rows: unknown;
  decided_at: Date;
  undone_at: Date | null;
}

/** The tables a decision touches and undo restores. */
export type JournalTable = 'review_queue' | 'learning_atoms' | 'cleaning_log';

/**
 * Journals a decision with the before-images of every row it touched. decided_at is kept
 * strictly increasing so "latest" and "later" are well defined even within one clock tick.
 */
export async function insertDecision(
  tx: Client,
  decision: {queueIds: readonly string[]; action: string; journal: DecisionJournal; now: Date},
): Promise<string> {
  const [row] = await tx<{id: string}[]>`
    insert into review_decisions (queue_ids, action, before_rows, decided_at)
    values (${decision.queueIds}::uuid[], ${decision.action},
            ${JSON.stringify(storedJournal(decision.journal))}::text::jsonb,
            greatest(${decision.now}::timestamptz,
              (select max(decided_at) + interval '1 microsecond' from review_decisions)))
    returning id`;
  if (!row) throw new Error('insert into review_decisions returned no row');
  return row.id;
}

/** A decision by id, or the latest one not yet undone; locked for the undo. */
export async function lockDecision(tx: Client, id: string | null): Promise<DecisionRow | null> {
  const [row] =
    id === null
      ? await tx<StoredDecisionRow[]>`
          select * from review_decisions where undone_at is null
          order by decided_at desc, id desc limit 1 for update`
      : await tx<StoredDecisionRow[]>`select * from review_decisions where id = ${id} for update`;
  if (!row) return null;
  return {
    id: row.id,
    queueIds: row.queue_ids,
    action: row.action,
    journal: readJournal(row.before_rows),
    decidedAt: row.decided_at,
    undoneAt: row.undone_at,
  };
}

/** Later decisions, still in force, that touched any of the same queue rows. */
export async function countLaterOverlappingDecisions(
  tx: Client,
  decision: DecisionRow,
): Promise<number> {
  const [row] = await tx<{n: number}[]>`
    select count(*)::int as n from review_decisions
    where undone_at is null and id <> ${decision.id}
      and decided_at > (select d.decided_at from review_decisions d where d.id = ${decision.id})
      and queue_ids && ${decision.queueIds}::uuid[]`;
  return row?.n ?? 0;
}

/** Puts rows back exactly as their images show (every column). */
export async function restoreRows(
  tx: Client,
  table: JournalTable,
  images: readonly Record<string, unknown>[],
): Promise<void> {
  if (images.length === 0) return;
  const columns = await tx<{column_name: string}[]>`
    select column_name from information_schema.columns
    where table_schema = current_schema() and table_name = ${table} and column_name <> 'id'
    order by ordinal_position`;
  const assignments = columns
    .map((c) => tx`${tx(c.column_name)} = r.${tx(c.column_name)}`)
    .reduce((list, item) => tx`${list}, ${item}`);
  await tx`
    update ${tx(table)} t set ${assignments}
    from jsonb_populate_recordset(null::${tx(table)}, ${JSON.stringify(images)}::text::jsonb) r
    where t.id = r.id`;
}

/** Deletes rows a decision inserted. */
export async function deleteRowsById(tx: Client, table: JournalTable, ids: readonly string[]) {
  if (ids.length === 0) return;
  await tx`delete from ${tx(table)} where id = any(${ids}::uuid[])`;
}

/** Marks a decision undone. */
export async function markDecisionUndone(tx: Client, id: string, now: Date): Promise<void> {
  await tx`update review_decisions set undone_at = ${now} where id = ${id}`;
}
