import fc from 'fast-check';
import {createEmptyCard, fsrs, type Grade, generatorParameters} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import type {QuizRating} from '../../../source/quiz/rating.js';
import {
  fromFsrsCard,
  type QuizScheduleState,
  retrievability,
  scheduleAnswer,
  selectSession,
} from '../../../source/quiz/schedule.js';

const t0 = new Date('2026-03-01T09:00:00Z');
const minute = 60_000;
const day = 24 * 60 * minute;
const reference = fsrs(generatorParameters({enable_fuzz: false}));

describe('scheduleAnswer', () => {
  it('equals a direct ts-fsrs computation for a first answer', () => {
    const state = scheduleAnswer(null, 3, t0);
    const direct = reference.next(createEmptyCard(t0), t0, 3 as Grade).card;
    expect(state).toEqual(fromFsrsCard(direct));
    expect(state).toMatchObject({state: 1, reps: 1, lapses: 0, lastReview: t0});
    expect(JSON.parse(JSON.stringify(state)).due).toBe(direct.due.toISOString());
  });

  it('equals a ts-fsrs fold for any sequence of ratings and gaps', () => {
    const step = fc.tuple(
      fc.constantFrom<QuizRating>(1, 2, 3, 4),
      fc.integer({min: 1, max: 40 * 24 * 60}),
    );
    fc.assert(
      fc.property(fc.array(step, {minLength: 1, maxLength: 12}), (steps) => {
        let now = t0;
        let ours: QuizScheduleState | null = null;
        let card = createEmptyCard(t0);
        for (const [rating, gapMinutes] of steps) {
          now = new Date(now.getTime() + gapMinutes * minute);
          ours = scheduleAnswer(ours, rating, now);
          card = reference.next(card, now, rating as Grade).card;
        }
        expect(ours).toEqual(fromFsrsCard(card));
      }),
      {numRuns: 100},
    );
  });

  it('counts a lapse for Again on a card in review, and honours the retention option', () => {
    let state = scheduleAnswer(null, 4, t0);
    expect(state.state).toBe(2);
    state = scheduleAnswer(state, 1, new Date(state.due.getTime()));
    expect(state).toMatchObject({state: 3, lapses: 1, reps: 2});
    const strict = scheduleAnswer(null, 4, t0, {requestRetention: 0.97});
    expect(strict.due.getTime()).toBeLessThan(scheduleAnswer(null, 4, t0).due.getTime());
  });
});

describe('retrievability', () => {
  it('is null before the first answer and follows ts-fsrs afterwards', () => {
    expect(retrievability(null, t0)).toBeNull();
    const state = scheduleAnswer(null, 3, t0);
    const later = new Date(t0.getTime() + 5 * day);
    const card = reference.next(createEmptyCard(t0), t0, 3 as Grade).card;
    expect(retrievability(state, later)).toBe(reference.get_retrievability(card, later, false));
    expect(retrievability(state, t0)).toBe(1);
    expect(retrievability(state, later)!).toBeLessThan(1);
  });
});

describe('selectSession', () => {
  const dueAt = (offsetDays: number): QuizScheduleState => ({
    ...scheduleAnswer(null, 3, t0),
    due: new Date(t0.getTime() + offsetDays * day),
  });
  const items = [
    {id: 'new-1', schedule: null},
    {id: 'due-late', schedule: dueAt(-1)},
    {id: 'future', schedule: dueAt(3)},
    {id: 'new-2', schedule: null},
    {id: 'due-early', schedule: dueAt(-5)},
    {id: 'due-now', schedule: dueAt(0)},
  ];

  it('puts due items first (most overdue first), then new ones, and skips the rest', () => {
    expect(selectSession(items, {now: t0, count: 10}).map((i) => i.id)).toEqual([
      'due-early',
      'due-late',
      'due-now',
      'new-1',
      'new-2',
    ]);
  });

  it('respects count and maxNew', () => {
    expect(selectSession(items, {now: t0, count: 2}).map((i) => i.id)).toEqual([
      'due-early',
      'due-late',
    ]);
    expect(selectSession(items, {now: t0, count: 10, maxNew: 1}).map((i) => i.id)).toEqual([
      'due-early',
      'due-late',
      'due-now',
      'new-1',
    ]);
    expect(selectSession(items, {now: t0, count: 0})).toEqual([]);
  });

  it('never puts a new item before a due one', () => {
    const item = fc.record({
      id: fc.string(),
      schedule: fc.option(fc.integer({min: -30, max: 30}).map(dueAt), {nil: null}),
    });
    fc.assert(
      fc.property(fc.array(item), fc.integer({min: 0, max: 20}), (list, count) => {
        const chosen = selectSession(list, {now: t0, count});
        expect(chosen.length).toBeLessThanOrEqual(count);
        const firstNew = chosen.findIndex((i) => i.schedule === null);
        const lastDue = chosen.findLastIndex((i) => i.schedule !== null);
        if (firstNew >= 0) expect(lastDue).toBeLessThan(firstNew);
        for (const i of chosen)
          if (i.schedule) expect(i.schedule.due.getTime()).toBeLessThanOrEqual(t0.getTime());
      }),
    );
  });
});
