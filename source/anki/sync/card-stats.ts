import type {AnkiCardStats} from '../../db/anki-rows.js';
import type {AnkiCardInfo} from '../cards-info.js';
import {replayReviews} from '../fsrs-replay.js';
import type {AnkiReview} from '../reviews.js';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/**
 * One atom's Anki state from its card and review log. Stability, difficulty, due date and last
 * review come from the FSRS replay: a review card's `due` counts collection days, not epoch days.
 */
export function cardStats(
  atomId: string,
  card: AnkiCardInfo,
  reviews: readonly AnkiReview[],
  now: Date,
): AnkiCardStats {
  const replay = replayReviews(reviews, {now});
  const due = replay?.due ?? card.learningDueAt;
  return {
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
    dueDate: due ? isoDate(due) : null,
    lastReviewAt: replay?.lastReviewAt ?? null,
  };
}

/** An atom's identities, for matching Anki cards back to it. */
export interface AtomIdentity {
  id: string;
  card_key: string;
  anki_note_id: number | null;
  anki_card_id: number | null;
}

/**
 * Picks one card per atom: matched by the CardID field, else by the stored note id. Of a cloze
 * note's cards the stored one wins, else the oldest (lowest id).
 */
export function matchCards(
  atoms: readonly AtomIdentity[],
  cards: readonly AnkiCardInfo[],
): {matched: Map<string, AnkiCardInfo>; unmatched: number} {
  const byKey = new Map(atoms.map((a) => [a.card_key, a]));
  const byNote = new Map<number, AtomIdentity>();
  for (const atom of atoms) if (atom.anki_note_id !== null) byNote.set(atom.anki_note_id, atom);
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
      (current.cardId !== atom.anki_card_id &&
        (card.cardId === atom.anki_card_id || card.cardId < current.cardId));
    if (better) matched.set(atom.id, card);
  }
  return {matched, unmatched};
}
