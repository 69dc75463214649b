/** The scheduling columns of a fake card (as Anki stores them). */
export interface SchedulingState {
  type: number;
  queue: number;
  due: number;
  interval: number;
  factor: number;
  reps: number;
  lapses: number;
  left: number;
}

/** One revlog row as AnkiConnect's getReviewsOfCards returns it. */
export interface RevlogRow {
  id: number;
  usn: number;
  ease: number;
  ivl: number;
  lastIvl: number;
  factor: number;
  time: number;
  type: number;
}

/**
 * Applies one answer the way Anki's SM-2 scheduler roughly would: learning cards graduate on
 * Hard/Good/Easy, review cards grow by the ease factor, Again lapses a review card into
 * relearning. `today` is the collection's day number (`days_elapsed`). Returns the new state and
 * the revlog row (without its id).
 */
export function answerCard(
  card: SchedulingState,
  rating: 1 | 2 | 3 | 4,
  at: number,
  today: number,
): {state: SchedulingState; row: Omit<RevlogRow, 'id'>} {
  const lastIvl = card.interval;
  const factor = card.factor || 2500;
  const reviewing = card.type === 2;
  const revlogType = card.type === 3 ? 2 : reviewing ? 1 : 0;
  const next: SchedulingState = {...card, reps: card.reps + 1};

  const toReview = (interval: number, newFactor: number) => {
    next.type = 2;
    next.queue = 2;
    next.interval = Math.max(1, Math.round(interval));
    next.factor = newFactor;
    next.due = today + next.interval;
    next.left = 0;
  };
  const toLearning = (type: 1 | 3, delaySeconds: number) => {
    next.type = type;
    next.queue = 1;
    next.due = Math.floor(at / 1000) + delaySeconds;
    next.left = 1;
  };

  if (!reviewing && card.type !== 3) {
    if (rating === 1) toLearning(1, 60);
    else toReview(rating === 4 ? 4 : 1, factor);
  } else if (card.type === 3) {
    if (rating === 1) toLearning(3, 600);
    else toReview(card.interval, factor);
  } else if (rating === 1) {
    next.lapses = card.lapses + 1;
    next.factor = Math.max(1300, factor - 200);
    next.interval = 1;
    toLearning(3, 600);
  } else if (rating === 2) {
    toReview(Math.max(card.interval + 1, card.interval * 1.2), Math.max(1300, factor - 150));
  } else if (rating === 3) {
    toReview(Math.max(card.interval + 1, (card.interval * factor) / 1000), factor);
  } else {
    toReview(Math.max(card.interval + 1, ((card.interval * factor) / 1000) * 1.3), factor + 150);
  }

  const ivl = next.queue === 1 ? -(next.due - Math.floor(at / 1000)) : next.interval;
  return {
    state: next,
    row: {usn: -1, ease: rating, ivl, lastIvl, factor: next.factor, time: 6000, type: revlogType},
  };
}
