import {describe, expect, it} from 'vitest';
import {
  defaultRatingThresholds,
  deriveRating,
  quizRatings,
  ratingName,
} from '../../../source/quiz/rating.js';

describe('deriveRating', () => {
  const mcq = defaultRatingThresholds('mcq');

  it('maps wrong, partial, correct and fast answers to Again, Hard, Good and Easy', () => {
    expect(deriveRating(0, 3_000, mcq)).toBe(quizRatings.again);
    expect(deriveRating(0.49, 3_000, mcq)).toBe(quizRatings.again);
    expect(deriveRating(0.5, 3_000, mcq)).toBe(quizRatings.hard);
    expect(deriveRating(0.9, 3_000, mcq)).toBe(quizRatings.hard);
    expect(deriveRating(1, 10_001, mcq)).toBe(quizRatings.good);
    expect(deriveRating(1, 10_000, mcq)).toBe(quizRatings.easy);
    expect(deriveRating(1, null, mcq)).toBe(quizRatings.good);
  });

  it('gives bigger structures more time to count as fast', () => {
    expect(defaultRatingThresholds('true_false').fastMs).toBeLessThan(mcq.fastMs);
    expect(deriveRating(1, 30_000, defaultRatingThresholds('parsons'))).toBe(quizRatings.easy);
    expect(deriveRating(1, 30_000, defaultRatingThresholds('matching'))).toBe(quizRatings.good);
    expect(deriveRating(0.3, 1_000, {partialMin: 0.25, fastMs: 1})).toBe(quizRatings.hard);
  });

  it('names ratings', () => {
    expect([1, 2, 3, 4].map((r) => ratingName(r as 1 | 2 | 3 | 4))).toEqual([
      'again',
      'hard',
      'good',
      'easy',
    ]);
  });
});
