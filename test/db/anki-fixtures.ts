import {type AnkiClient, createAnkiClient} from '../../source/anki/client.js';
import {pushToAnki} from '../../source/anki/sync/push-service.js';
import {insertRows} from '../../source/db/bulk-insert.js';
import type {Database} from '../../source/db/connection.js';
import type {Sql} from '../../source/db/sql-client.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';

/** One atom for an Anki test course. */
export interface TestAtom {
  cardId: string;
  type?: string;
  front?: string;
  back?: string;
  quality?: number | null;
  needsReview?: boolean;
}

/** Push settings used by the Anki tests. */
export const testSettings = {
  deck: 'NLS',
  deckTemplate: '{base}::{track}::{module}',
  minQuality: 0.75,
};

/**
 * Inserts a small curriculum (program → track → module; area → cluster → concept) named after
 * `prefix`, and the given atoms in it. Returns the concept id.
 */
export async function insertAnkiCourse(
  sql: Sql,
  prefix: string,
  atoms: readonly TestAtom[],
): Promise<string> {
  const [program] = await sql<{id: string}[]>`
    insert into clean_programs (name) values (${`${prefix} Program`}) returning id`;
  const [track] = await sql<{id: string}[]>`
    insert into clean_tracks (name, program_id) values (${`${prefix} Track`}, ${program!.id})
    returning id`;
  const [module] = await sql<{id: string}[]>`
    insert into learning_modules (name, track_id, week_order)
    values (${`${prefix} Module`}, ${track!.id}, 1) returning id`;
  const [area] = await sql<{id: string}[]>`
    insert into clean_concept_areas (name) values (${`${prefix} Area`}) returning id`;
  const [cluster] = await sql<{id: string}[]>`
    insert into clean_concept_clusters (name, concept_area_id)
    values (${`${prefix} Cluster`}, ${area!.id}) returning id`;
  const [concept] = await sql<{id: string}[]>`
    insert into concepts (name, cluster_id) values (${`${prefix} Concept`}, ${cluster!.id})
    returning id`;
  await insertRows(
    sql,
    'learning_atoms',
    atoms.map((atom) => ({
      card_id: atom.cardId,
      atom_type: atom.type ?? 'flashcard',
      front: atom.front ?? `What is ${atom.cardId}?`,
      back: atom.back ?? `The answer for ${atom.cardId}.`,
      concept_id: concept!.id,
      module_id: module!.id,
      quality_score: atom.quality === undefined ? 0.9 : atom.quality,
      needs_review: atom.needsReview ?? false,
    })),
  );
  return concept!.id;
}

/** The Anki columns of one atom by card id. */
export async function ankiColumns(sql: Sql, cardId: string) {
  const [row] = await sql<
    {
      anki_note_id: number | null;
      anki_card_id: number | null;
      anki_deck: string | null;
      anki_synced_at: Date | null;
      anki_pushed_hash: string | null;
    }[]
  >`
    select anki_note_id, anki_card_id, anki_deck, anki_synced_at, anki_pushed_hash
    from learning_atoms where card_id = ${cardId}`;
  return row!;
}

/** The options a test's push and pull share: its clock, the fake's URL and Anki's day rule. */
export interface AnkiTestOptions {
  now: Date;
  onProgress: typeof ignoreProgress;
  url: string;
  day: {timeZone: string; startsAtHour: number};
}

/**
 * Inserts a course of `atoms` (see insertAnkiCourse) and pushes it to the fake Anki at `url` with
 * the test settings, UTC days starting at 4. Returns the client and the options to pull with.
 */
export async function pushAnkiCourse(
  db: Database,
  url: string,
  course: {prefix: string; atoms: readonly TestAtom[]; now: Date},
): Promise<{client: AnkiClient; options: AnkiTestOptions}> {
  await insertAnkiCourse(db.sql, course.prefix, course.atoms);
  const client = createAnkiClient({url});
  const options = {
    now: course.now,
    onProgress: ignoreProgress,
    url,
    day: {timeZone: 'UTC', startsAtHour: 4},
  };
  await pushToAnki(db, client, {...options, settings: testSettings});
  return {client, options};
}
