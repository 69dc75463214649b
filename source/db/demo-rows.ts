import {insertRows} from './bulk-insert.js';
import {snakeName} from './camel-rows.js';
import type {Sql} from './sql-client.js';

/** A row to insert, keyed by camelCase column names (`weekOrder` is stored as `week_order`). */
export type DemoRecord = Readonly<Record<string, unknown>>;

/** Every row of the demo course, table by table, with camelCase keys. */
export interface DemoCourseRows {
  readonly programs: readonly DemoRecord[];
  readonly tracks: readonly DemoRecord[];
  readonly modules: readonly DemoRecord[];
  readonly areas: readonly DemoRecord[];
  readonly clusters: readonly DemoRecord[];
  readonly concepts: readonly DemoRecord[];
  readonly atoms: readonly DemoRecord[];
  readonly quizSchedule: readonly DemoRecord[];
  readonly quizAttempts: readonly DemoRecord[];
  readonly reviewQueue: readonly DemoRecord[];
  readonly syncLog: readonly DemoRecord[];
}

// Only the top-level keys are column names; jsonb values (quiz content, sync details) keep theirs.
function columns(rows: readonly DemoRecord[]): Record<string, unknown>[] {
  return rows.map((row) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [snakeName(key), value])),
  );
}

/** Inserts the demo course in one transaction, parents before the rows that point at them. */
export async function insertDemoCourse(sql: Sql, course: DemoCourseRows): Promise<void> {
  await sql.begin(async (tx) => {
    await insertRows(tx, 'clean_programs', columns(course.programs));
    await insertRows(tx, 'clean_tracks', columns(course.tracks));
    await insertRows(tx, 'learning_modules', columns(course.modules));
    await insertRows(tx, 'clean_concept_areas', columns(course.areas));
    await insertRows(tx, 'clean_concept_clusters', columns(course.clusters));
    await insertRows(tx, 'concepts', columns(course.concepts));
    await insertRows(tx, 'learning_atoms', columns(course.atoms));
    await insertRows(tx, 'quiz_schedule', columns(course.quizSchedule));
    await insertRows(tx, 'quiz_attempts', columns(course.quizAttempts));
    await insertRows(tx, 'review_queue', columns(course.reviewQueue));
    await insertRows(tx, 'sync_log', columns(course.syncLog));
  });
}
