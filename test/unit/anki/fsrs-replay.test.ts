import {fsrs, type Grade, generatorParameters} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {DEFAULT_PRESET} from '../../../source/anki/fsrs-preset.js';
import {gradedReviews, replayReviews} from '../../../source/anki/fsrs-replay.js';
import type {AnkiReview} from '../../../source/db/revlog-rows.js';

const t0 = Date.UTC(2026, 0, 1, 9, 0);
const MIN = 60_000;
const DAY = 86_400_000;

function row(at: number, ease: number, type = 1, factor = 2500): AnkiReview {
  return {
    reviewId: at,
    reviewedAt: new Date(at),
    usn: -1,
    ease,
    interval: 1,
    lastInterval: 0,
    factor,
    timeMs: 4000,
    type,
  };
}

const answers: Array<[number, Grade]> = [
  [t0, 3],
  [t0 + 10 * MIN, 3],
  [t0 + 3 * DAY, 2],
  [t0 + 13 * DAY, 1],
  [t0 + 13 * DAY + 10 * MIN, 3],
  [t0 + 26 * DAY, 4],
];

const day = {timeZone: 'UTC', startsAtHour: 4};

function directFold(list: Array<[number, Grade]>) {
  const f = fsrs(generatorParameters({enable_fuzz: false}));
  let state: {stability: number; difficulty: number} | null = null;
  const anki = (at: number) => Math.floor((at - 4 * 3_600_000) / DAY);
  list.forEach(([at, grade], i) => {
    const delta = i === 0 ? 0 : anki(at) - anki(list[i - 1]![0]);
    state = f.next_state(state, delta, grade);
  });
  return state as unknown as {stability: number; difficulty: number};
}

describe('replayReviews', () => {
  it('matches a direct ts-fsrs next_state fold over Anki days within 1e-6', () => {
    const now = new Date(t0 + 40 * DAY);
    const result = replayReviews(
      answers.map(([at, grade], i) => row(at, grade, i < 2 ? 0 : 1)),
      {now, day},
    );
    const expected = directFold(answers);
    expect(result).not.toBeNull();
    expect(Math.abs((result?.stability ?? 0) - expected.stability)).toBeLessThan(1e-6);
    expect(Math.abs((result?.difficulty01 ?? 0) - (expected.difficulty - 1) / 9)).toBeLessThan(
      1e-6,
    );
    expect(result?.lastReviewAt.getTime()).toBe(t0 + 26 * DAY);
    expect(result).toMatchObject({state: 'review', reps: 6, lapses: 1, seededFromSm2: false});
    expect(result?.steps).toHaveLength(6);
    expect(result?.stability).toBeGreaterThan(1);
    expect(result?.retrievability).toBeGreaterThan(0);
    expect(result?.retrievability).toBeLessThan(1);
  });

  it('skips manual changes and cramming, as Anki does', () => {
    const rows = answers.map(([at, grade]) => row(at, grade));
    const noisy = [
      ...rows,
      row(t0 + 5 * DAY, 0, 4, 2500), // set due date: manual
      row(t0 + 6 * DAY, 3, 3, 0), // filtered deck without rescheduling: cramming
      row(t0 + 7 * DAY, 0, 5, 2500), // rescheduled by FSRS
    ];
    const now = new Date(t0 + 40 * DAY);
    expect(gradedReviews(noisy)).toHaveLength(6);
    const clean = replayReviews(rows, {now, day});
    const result = replayReviews(noisy, {now, day});
    expect(result?.stability).toBeCloseTo(clean?.stability ?? 0, 9);
    expect(result?.difficulty01).toBeCloseTo(clean?.difficulty01 ?? 0, 9);
  });

  it('counts a filtered-deck review that did reschedule', () => {
    const rows = [row(t0, 3), row(t0 + 4 * DAY, 3, 3, 2500)];
    expect(gradedReviews(rows)).toHaveLength(2);
  });

  it('starts over after a reset (Forget)', () => {
    const reset = t0 + 30 * DAY;
    const after: Array<[number, Grade]> = [
      [reset + DAY, 3],
      [reset + 4 * DAY, 3],
    ];
    const rows = [
      ...answers.map(([at, grade]) => row(at, grade)),
      row(reset, 0, 4, 0),
      ...after.map(([at, grade]) => row(at, grade)),
    ];
    const result = replayReviews(
      rows.map((r) => (r.reviewId > reset ? {...r, type: 0} : r)),
      {now: new Date(reset + 10 * DAY), day},
    );
    const expected = directFold(after);
    expect(result?.reps).toBe(2);
    expect(Math.abs((result?.stability ?? 0) - expected.stability)).toBeLessThan(1e-6);
  });

  it('returns null without a graded review', () => {
    expect(replayReviews([], {now: new Date(t0)})).toBeNull();
    expect(replayReviews([row(t0, 0, 4, 0)], {now: new Date(t0)})).toBeNull();
  });

  it('clamps difficulty to 0..1; a lower desired retention gives a later fallback due', () => {
    const rows = Array.from({length: 8}, (_, i) => row(t0 + i * DAY, 1, i === 0 ? 0 : 1));
    const lenientPreset = {...DEFAULT_PRESET, desiredRetention: 0.8};
    const result = replayReviews(rows, {now: new Date(t0 + 9 * DAY), day, preset: lenientPreset});
    expect(result?.difficulty01).toBeGreaterThanOrEqual(0);
    expect(result?.difficulty01).toBeLessThanOrEqual(1);
    const list = answers.map(([at, g], i) => row(at, g, i < 2 ? 0 : 1));
    const lenient = replayReviews(list, {now: new Date(t0), day, preset: lenientPreset});
    const strict = replayReviews(list, {now: new Date(t0), day});
    expect(lenient?.stability).toBeCloseTo(strict?.stability ?? 0, 9);
    expect(lenient?.due.getTime()).toBeGreaterThan(strict?.due.getTime() ?? 0);
  });
});
