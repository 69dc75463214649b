import type {Sql} from '../../source/db/sql-client.js';

let counter = 0;

/** A unique tag for one test's rows (the database is shared by a describe). */
export function uniqueTag(prefix = 'T'): string {
  counter += 1;
  return `${prefix}${counter}-${Math.random().toString(36).slice(2, 8)}`;
}

/** Options for {@link seedAtom}. */
export interface AtomSeed {
  cardId?: string;
  front?: string;
  back?: string | null;
  notionId?: string | null;
  atomType?: string;
  qualityScore?: number;
  conceptId?: string | null;
}

/** Inserts a learning atom with some Anki state (so "keeps its Anki link" is visible). */
export async function seedAtom(sql: Sql, seed: AtomSeed = {}): Promise<string> {
  const [row] = await sql<{id: string}[]>`
    insert into learning_atoms (card_id, notion_id, atom_type, front, back, concept_id,
      quality_score, is_atomic, atomicity_status, needs_review, rewrite_count, anki_note_id,
      anki_card_id, anki_stability, created_at, updated_at)
    values (${seed.cardId ?? uniqueTag('CARD')}, ${seed.notionId ?? null},
      ${seed.atomType ?? 'flashcard'},
      ${seed.front ?? 'What are the layers of the OSI model, their functions and examples of protocols at each one?'},
      ${seed.back === undefined ? 'Physical, data link, network, transport, session, presentation and application, each with its own functions and many protocols.' : seed.back},
      ${seed.conceptId ?? null}, ${seed.qualityScore ?? 0.41}, false, 'needs_split', true, 0,
      1712345678901, 1712345678902, 12.5,
      '2025-01-02T03:04:05.123456Z', '2025-01-02T03:04:05.123456Z')
    returning id`;
  return row!.id;
}

/** Options for {@link seedProposal}. */
export interface ProposalSeed {
  originalAtomId: string;
  cards: {front: string; back: string | null; quality?: number}[];
  batchId?: string;
  source?: string;
  createdAt?: string;
  reason?: string;
}

/** Queues pending rows (one per card) for an atom, as the cleaning pipeline would. */
export async function seedProposal(sql: Sql, seed: ProposalSeed): Promise<string[]> {
  const [atom] = await sql<{front: string; back: string | null}[]>`
    select front, back from learning_atoms where id = ${seed.originalAtomId}`;
  const ids: string[] = [];
  for (const [index, card] of seed.cards.entries()) {
    const [row] = await sql<{id: string}[]>`
      insert into review_queue (atom_type, front, back, original_front, original_back,
        original_atom_id, status, source, batch_id, quality_score, ai_confidence, rewrite_reason,
        created_at)
      values ('flashcard', ${card.front}, ${card.back}, ${atom!.front}, ${atom!.back},
        ${seed.originalAtomId}, 'pending', ${seed.source ?? 'gemini'}, ${seed.batchId ?? 'batch-1'},
        ${card.quality ?? 0.9}, 0.8, ${seed.reason ?? 'split enumeration'},
        ${seed.createdAt ?? `2025-02-01T00:00:0${index}Z`})
      returning id`;
    ids.push(row!.id);
  }
  return ids;
}

/** Full rows (as JSON) of a table by id, sorted by id. */
export async function rowsJson(
  sql: Sql,
  table: 'learning_atoms' | 'review_queue' | 'cleaning_log',
  ids: readonly string[],
): Promise<unknown[]> {
  const rows = await sql<{row: unknown}[]>`
    select to_jsonb(t) as row from ${sql(table)} t where t.id = any(${ids}::uuid[]) order by t.id`;
  return rows.map((r) => r.row);
}

/** Everything a decision about these atoms and queue rows can touch, as comparable JSON. */
export async function snapshot(sql: Sql, atomIds: readonly string[], queueIds: readonly string[]) {
  const logs = await sql<{row: unknown}[]>`
    select to_jsonb(c) as row from cleaning_log c where c.atom_id = any(${atomIds}::uuid[])
    order by c.id`;
  const [counts] = await sql<{atoms: number; logs: number}[]>`
    select (select count(*)::int from learning_atoms) as atoms,
           (select count(*)::int from cleaning_log) as logs`;
  return {
    atoms: await rowsJson(sql, 'learning_atoms', atomIds),
    queue: await rowsJson(sql, 'review_queue', queueIds),
    logs: logs.map((r) => r.row),
    counts,
  };
}

/** A fixed clock that can be moved on. */
export function testClock(start = '2025-03-01T10:00:00.000Z') {
  let now = new Date(start);
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now = new Date(now.getTime() + ms);
    },
  };
}
