import type {AnkiReview} from '../../../source/db/revlog-rows.js';
import {seededRandom} from '../../../source/demo/seeded-random.js';
import {fsrsAnswer} from '../../fakes/anki-fsrs.js';
import {elapsedDaysSince, type FakeTiming, nextDayAt} from '../../fakes/anki-timing.js';

/** FSRS-6 parameters the synthetic learner remembers by (not the defaults). */
export const GENERATING_PARAMS: readonly number[] = [
  0.3, 1.5, 4.0, 12.0, 6.8, 0.6, 2.2, 0.01, 1.6, 0.15, 1.0, 1.8, 0.08, 0.3, 2.1, 0.25, 2.9, 0.5,
  0.1, 0.1, 0.25,
];

/** Options for {@link syntheticRevlog}. */
export interface SyntheticRevlogOptions {
  cards: number;
  reviewsPerCard: number;
  /** Where and when the synthetic Anki's day starts. */
  timing: FakeTiming;
  /** The first card's first answer, epoch ms. */
  startMs: number;
  seed: number;
  params?: readonly number[];
}

function revlogRow(at: number, rating: number, type: number, ivl: number): AnkiReview {
  return {
    reviewId: at,
    reviewedAt: new Date(at),
    usn: -1,
    ease: rating,
    interval: ivl,
    lastInterval: 0,
    factor: 2500,
    timeMs: 4000 + (at % 7000),
    type,
  };
}

/**
 * Card histories of a learner whose memory follows FSRS-6 with known parameters: fsrs-rs (the
 * fake's engine) steps each answer with `delta_t` counted in the fake's own Anki days, each
 * review comes some hours into a day near the scheduled interval, and whether it is recalled is
 * drawn from the forgetting curve R(t, S) = (1 + f·t/S)^(−decay) of those parameters.
 */
export function syntheticRevlog(options: SyntheticRevlogOptions): AnkiReview[][] {
  const params = options.params ?? GENERATING_PARAMS;
  const random = seededRandom(options.seed);
  const decay = params[20] ?? 0.5;
  const factor = 0.9 ** (1 / -decay) - 1;
  const recall = (t: number, s: number) => (1 + (factor * t) / s) ** -decay;
  const histories: AnkiReview[][] = [];
  for (let card = 0; card < options.cards; card++) {
    let at = options.startMs + Math.floor(random() * 30) * 86_400_000 + random() * 86_400_000;
    at = Math.floor(at);
    let rating: 1 | 2 | 3 | 4 = random() < 0.25 ? 1 : random() < 0.1 ? 2 : random() < 0.85 ? 3 : 4;
    let memory: {stability: number; difficulty: number; lastReviewMs: number} | null = null;
    const rows: AnkiReview[] = [];
    for (let index = 0; index < options.reviewsPerCard; index++) {
      const elapsed =
        memory === null ? 0 : elapsedDaysSince(nextDayAt(at, options.timing), memory.lastReviewMs);
      const next = fsrsAnswer(memory, params, 0.9, elapsed, rating);
      memory = {...next, lastReviewMs: at};
      const days = Math.max(1, Math.round(next.interval * (0.4 + 1.2 * random())));
      rows.push(revlogRow(at, rating, index === 0 ? 0 : 1, days));
      at += days * 86_400_000 + Math.floor((random() - 0.5) * 10 * 3_600_000);
      const t = elapsedDaysSince(nextDayAt(at, options.timing), memory.lastReviewMs);
      const recalled = random() < recall(t, memory.stability);
      rating = recalled ? (random() < 0.1 ? 2 : random() < 0.9 ? 3 : 4) : 1;
    }
    histories.push(rows);
  }
  return histories;
}
