import {camelRow} from './camel-rows.js';
import type {Sql} from './sql-client.js';

/** True when the demo course has already been loaded into this database. */
export async function hasDemoData(sql: Sql): Promise<boolean> {
  const rows =
    await sql`select 1 from clean_programs where notion_id like 'demo-program-%' limit 1`;
  return rows.length > 0;
}

/** Removes every row of every nls table (for `nls demo --reset`). */
export async function clearAllData(sql: Sql): Promise<void> {
  await sql`
    truncate anki_revlog, anki_revlog_cards, exam_plan, quiz_attempts, quiz_schedule, review_decisions, cleaning_log, review_queue,
      learning_atoms, concepts, clean_concept_clusters, clean_concept_areas, learning_modules,
      clean_tracks, clean_programs, sync_log, notion_sources, stg_notion_flashcards,
      stg_notion_concepts, stg_notion_concept_areas, stg_notion_concept_clusters,
      stg_notion_modules, stg_notion_tracks, stg_notion_programs`;
}

/** What {@link countRows} counts: the rows of the main tables. */
export interface DemoCounts {
  areas: number;
  clusters: number;
  concepts: number;
  programs: number;
  tracks: number;
  modules: number;
  atoms: number;
  atomsInAnki: number;
  pendingReviews: number;
  syncRuns: number;
  quizAttempts: number;
}

/** Row counts of the main tables (for summaries). */
export async function countRows(sql: Sql): Promise<DemoCounts> {
  const [row] = await sql`
    select
      (select count(*) from clean_concept_areas) as areas,
      (select count(*) from clean_concept_clusters) as clusters,
      (select count(*) from concepts) as concepts,
      (select count(*) from clean_programs) as programs,
      (select count(*) from clean_tracks) as tracks,
      (select count(*) from learning_modules) as modules,
      (select count(*) from learning_atoms) as atoms,
      (select count(*) from learning_atoms where anki_note_id is not null) as atoms_in_anki,
      (select count(*) from review_queue where status = 'pending') as pending_reviews,
      (select count(*) from sync_log) as sync_runs,
      (select count(*) from quiz_attempts) as quiz_attempts`;
  return camelRow<DemoCounts>(row ?? {});
}

/** Atom counts per atom type. */
export async function countAtomsByType(sql: Sql): Promise<Record<string, number>> {
  const rows = await sql<{atom_type: string; count: number}[]>`
    select atom_type, count(*) as count from learning_atoms group by atom_type order by atom_type`;
  return Object.fromEntries(rows.map((row) => [row.atom_type, row.count]));
}
