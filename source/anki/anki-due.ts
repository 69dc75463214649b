import type {AnkiReview} from '../db/revlog-rows.js';
import {type AnkiDayRule, ankiDayNumber, dayNumberToIso} from './anki-day.js';
import {type AnkiCardInfo, CARD_QUEUE, CARD_TYPE} from './cards-info.js';
import {REVLOG_TYPE} from './reviews.js';

/** Anki tells a day number from epoch seconds the same way (`is_unix_epoch_timestamp`). */
const EPOCH_SECONDS_FROM = 1_000_000_000;

/**
 * The collection's creation day (as an {@link ankiDayNumber}) seen from one review card, or null
 * when the card cannot tell. AnkiConnect exposes neither `crt` nor today's day number, but after
 * an answer Anki sets a review card's `due` to today's day number plus the interval it logged
 * (`rslib/src/scheduler/answering/review.rs`: `due = days_elapsed + scheduled_days`; the revlog
 * row carries the same interval). So the day of the last answer minus (`due` − `ivl`) is the
 * creation day. Cards whose last row was a manual change (set due date, reschedule) say nothing.
 */
export function creationDayFromCard(
  card: AnkiCardInfo,
  reviews: readonly AnkiReview[],
  rule: AnkiDayRule,
): number | null {
  if (card.type !== CARD_TYPE.review || card.queue === CARD_QUEUE.learning) return null;
  if (card.rawDue < 0 || card.rawDue >= EPOCH_SECONDS_FROM) return null;
  const last = reviews
    .filter((r) => !(r.type === REVLOG_TYPE.filtered && r.factor === 0))
    .reduce<AnkiReview | null>((a, b) => (a === null || b.reviewId > a.reviewId ? b : a), null);
  if (last === null || last.ease < 1 || last.type > REVLOG_TYPE.filtered) return null;
  if (last.interval < 1 || last.interval !== card.interval) return null;
  return ankiDayNumber(last.reviewedAt, rule) - (card.rawDue - last.interval);
}

/**
 * The collection's creation day agreed by most review cards (ties → the latest day), or null
 * when no card can tell.
 */
export function collectionCreationDay(
  cards: Iterable<{card: AnkiCardInfo; reviews: readonly AnkiReview[]}>,
  rule: AnkiDayRule,
): number | null {
  const votes = new Map<number, number>();
  for (const {card, reviews} of cards) {
    const day = creationDayFromCard(card, reviews, rule);
    if (day !== null) votes.set(day, (votes.get(day) ?? 0) + 1);
  }
  let best: number | null = null;
  let bestVotes = 0;
  for (const [day, count] of votes) {
    if (count > bestVotes || (count === bestVotes && best !== null && day > best)) {
      best = day;
      bestVotes = count;
    }
  }
  return best;
}

/**
 * Anki's own due date of a card (yyyy-mm-dd, the local date its Anki day starts on): for cards
 * in the intraday queues `due` is epoch seconds; for review and interday learning cards a day
 * number relative to the creation day. New cards (a position) and day numbers without a known
 * creation day give null.
 */
export function ankiDueDate(
  card: AnkiCardInfo,
  creationDay: number | null,
  rule: AnkiDayRule,
): string | null {
  if (card.type === CARD_TYPE.new) return null;
  if (card.rawDue >= EPOCH_SECONDS_FROM) {
    return dayNumberToIso(ankiDayNumber(new Date(card.rawDue * 1000), rule));
  }
  if (creationDay === null || card.rawDue < 0) return null;
  return dayNumberToIso(creationDay + card.rawDue);
}
