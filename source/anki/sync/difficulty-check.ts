import type {FsrsReplayResult} from '../fsrs-replay.js';

/** Differences above this (on the 0–1 scale) name the card. */
export const DIFFICULTY_TOLERANCE = 0.05;

/** One card whose replayed difficulty differs from the one Anki logged. */
export interface DifficultyMismatch {
  cardKey: string | null;
  cardId: number;
  replayed: number;
  anki: number;
  difference: number;
}

/** How well the replay agrees with the difficulty Anki wrote into its review log. */
export interface DifficultyCheck {
  /** Cards whose latest answer was logged by FSRS (and so carries Anki's difficulty). */
  compared: number;
  meanDifference: number;
  maxDifference: number;
  /** Cards off by more than {@link DIFFICULTY_TOLERANCE}, worst first. */
  mismatches: DifficultyMismatch[];
}

/**
 * Anki's own difficulty (0–1) from a revlog `factor`, when FSRS wrote it: with FSRS on, an answer
 * logs `round(1000 × difficulty_shifted)` with `difficulty_shifted = (D − 1)/9 + 0.1`
 * (`rslib/src/card/mod.rs`, `rslib/src/scheduler/answering/review.rs`), so 100–1100; SM-2 logs
 * its ease (≥ 1300) and resets and cramming log 0.
 */
export function loggedDifficulty(factor: number): number | null {
  if (factor < 100 || factor > 1100) return null;
  return factor / 1000 - 0.1;
}

/** Compares each card's replayed difficulty after its latest FSRS-logged answer with Anki's. */
export function checkDifficulty(
  cards: Iterable<{cardKey: string | null; cardId: number; replay: FsrsReplayResult | null}>,
): DifficultyCheck {
  let compared = 0;
  let sum = 0;
  let max = 0;
  const mismatches: DifficultyMismatch[] = [];
  for (const {cardKey, cardId, replay} of cards) {
    const step = replay?.steps.findLast((s) => loggedDifficulty(s.review.factor) !== null);
    if (step === undefined) continue;
    const anki = loggedDifficulty(step.review.factor) as number;
    const difference = Math.abs(step.difficulty01 - anki);
    compared += 1;
    sum += difference;
    max = Math.max(max, difference);
    if (difference > DIFFICULTY_TOLERANCE) {
      mismatches.push({cardKey, cardId, replayed: step.difficulty01, anki, difference});
    }
  }
  mismatches.sort((a, b) => b.difference - a.difference);
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  return {
    compared,
    meanDifference: compared === 0 ? 0 : round(sum / compared),
    maxDifference: round(max),
    mismatches,
  };
}
