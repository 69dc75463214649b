import {createEmptyCard, FSRS5_DEFAULT_DECAY, fsrs, type Grade, generatorParameters} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {ankiRetrievability} from '../../../source/mastery/anki-retrievability.js';

const t0 = new Date('2026-03-01T09:00:00Z');
const day = 24 * 60 * 60 * 1000;

describe('ankiRetrievability', () => {
  it('is null without FSRS state', () => {
    expect(ankiRetrievability({stability: null, lastReviewAt: t0}, t0)).toBeNull();
    expect(ankiRetrievability({stability: 0, lastReviewAt: t0}, t0)).toBeNull();
    expect(ankiRetrievability({stability: 3, lastReviewAt: null}, t0)).toBeNull();
  });

  it('is 0.9 after exactly `stability` days (the definition of stability)', () => {
    const r = ankiRetrievability(
      {stability: 10, lastReviewAt: t0},
      new Date(t0.getTime() + 10 * day),
    );
    expect(r).toBeCloseTo(0.9, 6);
    const old = ankiRetrievability(
      {stability: 10, lastReviewAt: t0},
      new Date(t0.getTime() + 10 * day),
      FSRS5_DEFAULT_DECAY,
    );
    expect(old).toBeCloseTo(0.9, 6);
  });

  it('matches ts-fsrs get_retrievability for the same memory state', () => {
    const f = fsrs(generatorParameters({enable_fuzz: false}));
    let card = f.next(createEmptyCard(t0), t0, 4 as Grade).card;
    card = f.next(card, new Date(t0.getTime() + 8 * day), 3 as Grade).card;
    for (const days of [0, 1, 7.5, 30, 400]) {
      const when = new Date(card.last_review!.getTime() + days * day);
      expect(
        ankiRetrievability({stability: card.stability, lastReviewAt: card.last_review!}, when),
      ).toBe(f.get_retrievability(card, when, false));
    }
  });

  it('decreases with time and never goes above 1 for a review in the future', () => {
    const memory = {stability: 5, lastReviewAt: t0};
    const values = [0, 1, 5, 50].map(
      (d) => ankiRetrievability(memory, new Date(t0.getTime() + d * day))!,
    );
    expect(values[0]).toBe(1);
    expect([...values].sort((a, b) => b - a)).toEqual(values);
    expect(ankiRetrievability(memory, new Date(t0.getTime() - day))).toBe(1);
  });
});
