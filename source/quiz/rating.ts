import type {QuizAtomType} from '../atom-types.js';

/** FSRS ratings; the numbers are ts-fsrs's `Rating` values and the `quiz_attempts.rating` column. */
export const quizRatings = {again: 1, hard: 2, good: 3, easy: 4} as const;

/** 1 = again, 2 = hard, 3 = good, 4 = easy. */
export type QuizRating = (typeof quizRatings)[keyof typeof quizRatings];

/** Display name of a rating. */
export function ratingName(rating: QuizRating): 'again' | 'hard' | 'good' | 'easy' {
  return (['again', 'hard', 'good', 'easy'] as const)[rating - 1]!;
}

/** When a score counts as partial and when a fully correct answer counts as fast. */
export interface RatingThresholds {
  /** A score at or above this (but below 1) is partial credit → Hard; below it → Again. */
  partialMin: number;
  /** A fully correct answer given within this many milliseconds → Easy. */
  fastMs: number;
}

/**
 * How quickly a fully correct answer must come to be rated Easy. Bigger structures need more
 * reading and key presses, so their limit is longer.
 */
export const fastAnswerMs: Record<QuizAtomType, number> = {
  true_false: 5_000,
  mcq: 10_000,
  matching: 25_000,
  parsons: 40_000,
};

/** Below half credit an answer is treated as wrong. */
export const defaultPartialMin = 0.5;

/** The default thresholds of an atom type. */
export function defaultRatingThresholds(atomType: QuizAtomType): RatingThresholds {
  return {partialMin: defaultPartialMin, fastMs: fastAnswerMs[atomType]};
}

/** Wrong → Again, partial → Hard, correct → Good, correct and fast → Easy. */
export function deriveRating(
  score: number,
  responseMs: number | null,
  thresholds: RatingThresholds,
): QuizRating {
  if (score >= 1) {
    const fast = responseMs !== null && responseMs >= 0 && responseMs <= thresholds.fastMs;
    return fast ? quizRatings.easy : quizRatings.good;
  }
  return score >= thresholds.partialMin ? quizRatings.hard : quizRatings.again;
}
