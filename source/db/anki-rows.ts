import {camelRows} from './camel-rows.js';
import type {Sql} from './sql-client.js';

/** An atom an Anki push looks at, with the curriculum names its deck and tags are built from. */
export interface AnkiPushCandidateRow {
  id: string;
  /** learning_atoms.card_id, or the atom id when the atom has no card id. */
  cardKey: string;
  notionId: string | null;
  atomType: string;
  front: string;
  back: string | null;
  qualityScore: number | null;
  needsReview: boolean | null;
  removedAt: Date | null;
  ankiNoteId: number | null;
  ankiCardId: number | null;
  ankiDeck: string | null;
  ankiPushedHash: string | null;
  concept: string | null;
  module: string | null;
  week: number | null;
  track: string | null;
  program: string | null;
  cluster: string | null;
  area: string | null;
}

/**
 * Flashcard and cloze atoms that may go to Anki or that have a note to suspend or delete
 * (removed atoms without a note are of no interest to a push).
 */
export function findAnkiPushCandidates(sql: Sql): Promise<AnkiPushCandidateRow[]> {
  return sql`
    select a.id, coalesce(a.card_id, a.id::text) as card_key, a.notion_id, a.atom_type, a.front,
           a.back, a.quality_score, a.needs_review, a.removed_at, a.anki_note_id, a.anki_card_id,
           a.anki_deck, a.anki_pushed_hash, c.name as concept, m.name as module,
           m.week_order as week, t.name as track, p.name as program, cl.name as cluster,
           ar.name as area
    from learning_atoms a
    left join concepts c on c.id = a.concept_id
    left join clean_concept_clusters cl on cl.id = c.cluster_id
    left join clean_concept_areas ar on ar.id = coalesce(c.concept_area_id, cl.concept_area_id)
    left join learning_modules m on m.id = a.module_id
    left join clean_tracks t on t.id = m.track_id
    left join clean_programs p on p.id = t.program_id
    where a.atom_type in ('flashcard', 'cloze')
      and (a.removed_at is null or a.anki_note_id is not null)
    order by a.card_id nulls last, a.id`.then(camelRows<AnkiPushCandidateRow>);
}

/** The Anki link of one atom after a push. */
export interface AnkiLinkUpdate {
  atomId: string;
  noteId: number;
  /** Null keeps the stored card id. */
  cardId: number | null;
  deck: string | null;
  /** What was pushed (noteFingerprint), or a marker for a suspended removed note. */
  hash: string;
}

/** Stores note ids, card ids, decks and pushed fingerprints in one statement. */
export async function writeAnkiLinks(
  sql: Sql,
  links: readonly AnkiLinkUpdate[],
  now: Date,
): Promise<number> {
  if (links.length === 0) return 0;
  const result = await sql`
    update learning_atoms a
    set anki_note_id = u.note_id, anki_card_id = coalesce(u.card_id, a.anki_card_id),
        anki_deck = coalesce(u.deck, a.anki_deck), anki_pushed_hash = u.hash,
        anki_synced_at = ${now}, updated_at = ${now}
    from unnest(
      ${links.map((l) => l.atomId)}::uuid[],
      ${links.map((l) => l.noteId)}::bigint[],
      ${links.map((l) => l.cardId) as number[]}::bigint[],
      ${links.map((l) => l.deck) as string[]}::text[],
      ${links.map((l) => l.hash)}::text[]
    ) as u(id, note_id, card_id, deck, hash)
    where a.id = u.id`;
  return result.count;
}

/** Forgets the Anki note of atoms whose note was deleted (or no longer exists in Anki). */
export async function clearAnkiLinks(
  sql: Sql,
  atomIds: readonly string[],
  now: Date,
): Promise<number> {
  if (atomIds.length === 0) return 0;
  const result = await sql`
    update learning_atoms
    set anki_note_id = null, anki_card_id = null, anki_deck = null, anki_pushed_hash = null,
        anki_synced_at = ${now}, updated_at = ${now}
    where id = any(${atomIds as string[]}::uuid[])`;
  return result.count;
}

/** An atom a pull can match to an Anki card: by CardID, or by its stored note or card id. */
export interface AnkiLinkedAtomRow {
  id: string;
  cardKey: string;
  ankiNoteId: number | null;
  ankiCardId: number | null;
}

/** Flashcard and cloze atoms with their identities (all of them: notes may predate the link). */
export function findAnkiLinkedAtoms(sql: Sql): Promise<AnkiLinkedAtomRow[]> {
  return sql`
    select id, coalesce(card_id, id::text) as card_key, anki_note_id, anki_card_id
    from learning_atoms
    where atom_type in ('flashcard', 'cloze')`.then(camelRows<AnkiLinkedAtomRow>);
}

/** The scheduling state of one atom's card as read from Anki. */
export interface AnkiCardStats {
  atomId: string;
  noteId: number;
  cardId: number;
  ease: number | null;
  interval: number;
  reps: number;
  lapses: number;
  queue: number;
  stability: number | null;
  difficulty: number | null;
  /** yyyy-mm-dd. */
  dueDate: string | null;
  lastReviewAt: Date | null;
}

/** Writes pulled card state for many atoms in one statement; returns the rows changed. */
export async function writeAnkiCardStats(
  sql: Sql,
  stats: readonly AnkiCardStats[],
  now: Date,
): Promise<number> {
  if (stats.length === 0) return 0;
  const col = (pick: (s: AnkiCardStats) => string | number | null) => stats.map(pick);
  const result = await sql`
    update learning_atoms a
    set anki_note_id = u.note_id, anki_card_id = u.card_id, anki_ease_factor = u.ease,
        anki_interval = u.ivl, anki_review_count = u.reps, anki_lapses = u.lapses,
        anki_queue = u.queue, anki_stability = u.stability, anki_difficulty = u.difficulty,
        anki_due_date = u.due, anki_last_review_at = u.last_review, anki_synced_at = ${now}
    from unnest(
      ${col((s) => s.atomId)}::uuid[],
      ${col((s) => s.noteId)}::bigint[],
      ${col((s) => s.cardId)}::bigint[],
      ${col((s) => s.ease)}::numeric[],
      ${col((s) => s.interval)}::int[],
      ${col((s) => s.reps)}::int[],
      ${col((s) => s.lapses)}::int[],
      ${col((s) => s.queue)}::int[],
      ${col((s) => s.stability)}::numeric[],
      ${col((s) => s.difficulty)}::numeric[],
      ${col((s) => s.dueDate)}::date[],
      ${col((s) => s.lastReviewAt?.toISOString() ?? null)}::timestamptz[]
    ) as u(id, note_id, card_id, ease, ivl, reps, lapses, queue, stability, difficulty, due,
           last_review)
    where a.id = u.id`;
  return result.count;
}
