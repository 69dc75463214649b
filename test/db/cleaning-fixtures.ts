import {insertRows} from '../../source/db/bulk-insert.js';
import type {Sql} from '../../source/db/sql-client.js';

/** An atom to seed; only front is required. */
export interface SeedAtom {
  id?: string;
  front: string;
  back?: string | null;
  atom_type?: string;
  anki_note_id?: number | null;
  created_at?: Date;
  concept_id?: string | null;
  module_id?: string | null;
  card_id?: string | null;
}

let counter = 0;

/** A fresh uuid-shaped id that sorts by creation order within a test run. */
export function seedId(): string {
  counter += 1;
  return `00000000-0000-4000-8000-${String(counter).padStart(12, '0')}`;
}

/** Empties the tables cleaning touches (suites share one database). */
export async function resetCleaningTables(sql: Sql): Promise<void> {
  await sql`delete from cleaning_log`;
  await sql`delete from review_queue`;
  await sql`delete from learning_atoms`;
  await sql`delete from sync_log`;
}

/** Inserts atoms and returns their ids in order. */
export async function seedAtoms(sql: Sql, atoms: readonly SeedAtom[]): Promise<string[]> {
  const rows = atoms.map((atom, index) => ({
    id: atom.id ?? seedId(),
    front: atom.front,
    back: atom.back === undefined ? 'An answer' : atom.back,
    atom_type: atom.atom_type ?? 'flashcard',
    anki_note_id: atom.anki_note_id ?? null,
    created_at: atom.created_at ?? new Date(Date.UTC(2025, 0, 1, 0, 0, index)),
    concept_id: atom.concept_id ?? null,
    module_id: atom.module_id ?? null,
    card_id: atom.card_id ?? null,
  }));
  await insertRows(sql, 'learning_atoms', rows);
  return rows.map((row) => row.id);
}

/** Row counts of the tables a cleaning run may write, and a checksum of learning_atoms. */
export async function snapshotCleaningState(sql: Sql) {
  const [row] = await sql<
    {atoms: number; logs: number; reviews: number; runs: number; checksum: string}[]
  >`
    select (select count(*)::int from learning_atoms) as atoms,
           (select count(*)::int from cleaning_log) as logs,
           (select count(*)::int from review_queue) as reviews,
           (select count(*)::int from sync_log) as runs,
           (select md5(coalesce(string_agg(a::text, '|' order by a.id), ''))
              from learning_atoms a) as checksum`;
  return row!;
}
