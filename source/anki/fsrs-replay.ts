import {
  createEmptyCard,
  type FSRSHistory,
  type FSRSParameters,
  fsrs,
  type Grade,
  generatorParameters,
  State,
} from 'ts-fsrs';
import {type AnkiReview, REVLOG_TYPE} from './reviews.js';

/** A card's memory state rebuilt from its review log. */
export interface FsrsReplayResult {
  /** FSRS stability in days (time for recall probability to fall from 100 % to 90 %). */
  stability: number;
  /** FSRS difficulty D rescaled from 1–10 to 0–1 as (D − 1) / 9. */
  difficulty01: number;
  /** When the card is next due under these parameters. */
  due: Date;
  lastReviewAt: Date;
  state: 'new' | 'learning' | 'review' | 'relearning';
  /** Graded reviews replayed (manual changes excluded). */
  reps: number;
  lapses: number;
  /** Probability of recall at `now`, 0–1. */
  retrievability: number;
}

/** Options for {@link replayReviews}. */
export interface FsrsReplayOptions {
  /** The moment the state is evaluated at (retrievability). */
  now: Date;
  /** The user's FSRS parameters if known (weights, retention); fuzz is always off. */
  params?: Partial<FSRSParameters> | undefined;
}

const stateNames = {
  [State.New]: 'new',
  [State.Learning]: 'learning',
  [State.Review]: 'review',
  [State.Relearning]: 'relearning',
} as const;

/** A reset ("Forget"): a manual entry without an ease factor; history before it no longer counts. */
function isReset(review: AnkiReview): boolean {
  return review.type === REVLOG_TYPE.manual && review.factor === 0;
}

/**
 * The rows that are real answers, as Anki's own FSRS selects them: not manual or rescheduled
 * changes (ease 0, type 4/5), not cramming in a filtered deck without rescheduling (type 3 with
 * factor 0), and nothing before the latest reset.
 */
export function gradedReviews(reviews: readonly AnkiReview[]): AnkiReview[] {
  const sorted = [...reviews].sort((a, b) => a.reviewId - b.reviewId);
  let start = 0;
  sorted.forEach((review, index) => {
    if (isReset(review)) start = index + 1;
  });
  return sorted.slice(start).filter((review) => {
    if (review.ease < 1 || review.ease > 4) return false;
    if (review.type === REVLOG_TYPE.manual || review.type === REVLOG_TYPE.rescheduled) return false;
    return !(review.type === REVLOG_TYPE.filtered && review.factor === 0);
  });
}

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * Replays a card's Anki review log through ts-fsrs `reschedule` to get real FSRS stability and
 * difficulty (Anki's interval × ease is not stability). Returns null when there is no graded
 * review yet.
 */
export function replayReviews(
  reviews: readonly AnkiReview[],
  options: FsrsReplayOptions,
): FsrsReplayResult | null {
  const graded = gradedReviews(reviews);
  const first = graded[0];
  if (first === undefined) return null;
  const scheduler = fsrs(generatorParameters({...options.params, enable_fuzz: false}));
  const history: FSRSHistory[] = graded.map((review) => ({
    rating: review.ease as Grade,
    review: new Date(review.reviewId),
  }));
  const start = createEmptyCard(first.reviewedAt);
  const {collections} = scheduler.reschedule(start, history, {
    skipManual: true,
    update_memory_state: true,
    now: options.now,
    first_card: start,
  });
  const card = collections.at(-1)?.card;
  if (card === undefined) return null;
  return {
    stability: card.stability,
    difficulty01: clamp01((card.difficulty - 1) / 9),
    due: card.due,
    lastReviewAt: card.last_review ?? graded.at(-1)?.reviewedAt ?? first.reviewedAt,
    state: stateNames[card.state],
    reps: card.reps,
    lapses: card.lapses,
    retrievability: clamp01(scheduler.get_retrievability(card, options.now, false)),
  };
}
