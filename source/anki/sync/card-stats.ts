import type {AnkiCardStats} from '../../db/anki-rows.js';
import type {AnkiReview} from '../../db/revlog-rows.js';
import {type AnkiDayRule, ankiDayNumber, dayNumberToIso} from '../anki-day.js';
import {ankiDueDate} from '../anki-due.js';
import type {AnkiCardInfo} from '../cards-info.js';
import type {FsrsPreset} from '../fsrs-preset.js';
import {type FsrsReplayResult, replayReviews} from '../fsrs-replay.js';

/** How one pull reads its cards: the clock, Anki's day, its creation day, and each deck's preset. */
export interface CardStatsContext {
  now: Date;
  day: AnkiDayRule;
  /** The collection's creation day (see `collectionCreationDay`), or null when unknown. */
  creationDay: number | null;
  presetOf: (deckName: string) => FsrsPreset;
}

/** One atom's stored state, the replay behind it, and where its due date came from. */
export interface CardReading {
  stats: AnkiCardStats;
  replay: FsrsReplayResult | null;
  dueSource: 'anki' | 'replay' | null;
}

/**
 * One atom's Anki state from its card and review log. Stability and difficulty come from the FSRS
 * replay with the card's preset; the due date is Anki's own (`due`), the replay's only when Anki's
 * cannot be read (a review card's day number without a known creation day).
 */
export function readCard(
  atomId: string,
  card: AnkiCardInfo,
  reviews: readonly AnkiReview[],
  ctx: CardStatsContext,
): CardReading {
  const preset = ctx.presetOf(card.deckName);
  const replay = replayReviews(reviews, {now: ctx.now, day: ctx.day, preset});
  // In a filtered deck `due` is a position in that deck, not the card's schedule.
  const fromAnki = preset.filtered ? null : ankiDueDate(card, ctx.creationDay, ctx.day);
  // The replay's due, counted in Anki's days: the day of the last answer plus the interval.
  const fromReplay =
    replay && card.type !== 0
      ? dayNumberToIso(ankiDayNumber(replay.lastReviewAt, ctx.day) + replay.interval)
      : null;
  const dueDate = fromAnki ?? fromReplay;
  return {
    replay,
    dueSource: fromAnki !== null ? 'anki' : fromReplay !== null ? 'replay' : null,
    stats: {
      atomId,
      noteId: card.noteId,
      cardId: card.cardId,
      ease: card.ease,
      interval: card.interval,
      reps: card.reps,
      lapses: card.lapses,
      queue: card.queue,
      stability: replay?.stability ?? null,
      difficulty: replay?.difficulty01 ?? null,
      dueDate,
      lastReviewAt: replay?.lastReviewAt ?? null,
    },
  };
}

/** An atom's identities, for matching Anki cards back to it. */
export interface AtomIdentity {
  id: string;
  cardKey: string;
  ankiNoteId: number | null;
  ankiCardId: number | null;
}

/**
 * Picks one card per atom: matched by the CardID field, else by the stored note id. Of a cloze
 * note's cards the stored one wins, else the oldest (lowest id).
 */
export function matchCards(
  atoms: readonly AtomIdentity[],
  cards: readonly AnkiCardInfo[],
): {matched: Map<string, AnkiCardInfo>; unmatched: number} {
  const byKey = new Map(atoms.map((a) => [a.cardKey, a]));
  const byNote = new Map<number, AtomIdentity>();
  for (const atom of atoms) if (atom.ankiNoteId !== null) byNote.set(atom.ankiNoteId, atom);
  const matched = new Map<string, AnkiCardInfo>();
  let unmatched = 0;
  for (const card of cards) {
    const atom = (card.cardKey ? byKey.get(card.cardKey) : undefined) ?? byNote.get(card.noteId);
    if (atom === undefined) {
      unmatched += 1;
      continue;
    }
    const current = matched.get(atom.id);
    const better =
      current === undefined ||
      (current.cardId !== atom.ankiCardId &&
        (card.cardId === atom.ankiCardId || card.cardId < current.cardId));
    if (better) matched.set(atom.id, card);
  }
  return {matched, unmatched};
}

/** Atoms that still point at an Anki note or card the pull did not find. */
export function staleLinks(
  atoms: readonly AtomIdentity[],
  matched: ReadonlyMap<string, AnkiCardInfo>,
): string[] {
  return atoms
    .filter((a) => (a.ankiNoteId !== null || a.ankiCardId !== null) && !matched.has(a.id))
    .map((a) => a.id);
}
