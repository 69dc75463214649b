import {describe, expect, it} from 'vitest';
import {
  DEFAULT_PRESET,
  type FsrsPreset,
  parseDeckConfig,
} from '../../../source/anki/fsrs-preset.js';
import {replayReviews} from '../../../source/anki/fsrs-replay.js';
import type {AnkiReview} from '../../../source/db/revlog-rows.js';
import {fsrsEngine} from '../../fakes/anki-fsrs.js';
import {defaultPreset} from '../../fakes/anki-presets.js';
import {elapsedDaysSince, nextDayAt} from '../../fakes/anki-timing.js';
import {type OracleAnswer, oracleState, revlogRow, wallTime} from '../../helpers/fsrs-oracle.js';

// Acceptance 2 of issue 15: the replay against fsrs-rs (the binding), stepped per answer with
// Anki's day numbering, for day edges, resets, set-due-date rows, cramming, truncated history,
// in three time zones and with default and preset parameters.
const zones = ['UTC', 'Asia/Tokyo', 'America/New_York'] as const;
const FSRS6 = [
  0.35, 1.6, 3.1, 10.5, 6.9, 0.62, 2.4, 0.004, 1.55, 0.21, 0.9, 1.7, 0.08, 0.3, 1.4, 0.45, 2.2, 0.6,
  0.12, 0.09, 0.25,
];
const FSRS5 = [
  0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
  1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621,
];
const FSRS45 = [
  0.4872, 1.4003, 3.7145, 13.8206, 5.1618, 1.2298, 0.8975, 0.031, 1.6474, 0.1367, 1.0461, 2.1072,
  0.0793, 0.3246, 1.587, 0.2272, 2.8755,
];
const preset = (params: number[], desiredRetention = 0.9): FsrsPreset => ({
  ...DEFAULT_PRESET,
  id: 7,
  name: 'Optimised',
  params,
  desiredRetention,
});
const presets: Array<[string, FsrsPreset]> = [
  ['defaults', DEFAULT_PRESET],
  ['fsrsParams6 + retention 0.85', preset(FSRS6, 0.85)],
  ['fsrsParams5 (19 numbers)', preset(FSRS5)],
  ['fsrsWeights (17 numbers)', preset(FSRS45)],
];

type Step = [wall: string, ease: number, type?: number, factor?: number, ivl?: number];

/** Answers around Anki's day edges (rollover 04:00) and across New York's DST change (03-08). */
const base: Step[] = [
  ['2026-03-01T09:00', 3, 0, 2500, -600],
  ['2026-03-01T09:10', 3, 0, 2500, 1],
  ['2026-03-02T23:30', 3], // Anki day of 03-02 …
  ['2026-03-03T01:00', 2], // … still the same Anki day: Δt = 0
  ['2026-03-07T03:00', 3], // Anki day of 03-06 …
  ['2026-03-07T05:00', 3], // … the next Anki day
  ['2026-03-09T03:30', 1], // after DST in New York
  ['2026-03-09T03:40', 3, 2],
  ['2026-03-25T12:00', 4],
];
const histories: Record<string, {rows: Step[]; counted: (rows: Step[]) => Step[]}> = {
  'day edges': {rows: base, counted: (r) => r},
  'reset (Forget) then relearnt': {
    rows: [
      ...base,
      ['2026-03-28T10:00', 0, 4, 0, 0],
      ['2026-03-29T10:00', 1, 0, 2500, -60],
      ['2026-03-29T10:05', 3, 0, 2500, 1],
      ['2026-04-02T10:00', 3],
    ],
    counted: (r) => r.slice(-3),
  },
  'set due date, cramming and a rescheduling filtered deck': {
    rows: [
      ...base,
      ['2026-03-27T10:00', 0, 4, 512, 12], // set due date: manual, factor > 0
      ['2026-03-28T10:00', 3, 3, 0, 0], // cramming: filtered, factor 0 → skipped
      ['2026-03-30T10:00', 3, 3, 2500, 9], // filtered deck that reschedules → counts
      ['2026-04-06T10:00', 2],
    ],
    counted: (r) => r.filter((s) => s[1] > 0 && !(s[2] === 3 && s[3] === 0)),
  },
};

function rowsIn(zone: string, steps: Step[]): AnkiReview[] {
  return steps.map(([wall, ease, type = 1, factor = 2500, ivl = 5]) =>
    revlogRow(wallTime(zone, wall), ease, {type, factor, ivl}),
  );
}

const now = new Date('2026-04-10T12:00:00Z');

describe.each(zones)('replay against fsrs-rs in %s', (zone) => {
  const timing = {timeZone: zone, rolloverHour: 4};
  const day = {timeZone: zone, startsAtHour: 4};
  for (const [name, {rows, counted}] of Object.entries(histories)) {
    it.each(presets)(`${name}, %s`, (_label, chosen) => {
      const replay = replayReviews(rowsIn(zone, rows), {now, day, preset: chosen});
      const answers: OracleAnswer[] = rowsIn(zone, counted(rows)).map((r) => ({
        at: r.reviewId,
        rating: r.ease as OracleAnswer['rating'],
      }));
      const expected = oracleState(answers, chosen.params, timing, now.getTime());
      expect(replay).not.toBeNull();
      expect(replay!.reps).toBe(answers.length);
      expect(Math.abs(replay!.stability / expected.stability - 1)).toBeLessThan(0.005);
      expect(Math.abs(replay!.difficulty01 - expected.difficulty01)).toBeLessThan(0.01);
    });
  }

  it("a preset's ignoreRevlogsBeforeDate starts the history after it, seeded from SM-2", () => {
    const chosen = parseDeckConfig({
      ...defaultPreset(3, 'Recent'),
      fsrsParams6: FSRS6,
      ignoreRevlogsBeforeDate: '2026-03-04',
    });
    const rows = rowsIn(zone, base);
    const replay = replayReviews(rows, {now, day, preset: chosen});
    const kept = rows.filter((r) => r.reviewId > Date.UTC(2026, 2, 4));
    const engine = fsrsEngine(FSRS6);
    let state = engine.memoryStateFromSM2(2.5, 5, 0.9);
    const next = nextDayAt(now.getTime(), timing);
    for (let i = 1; i < kept.length; i++) {
      const delta =
        elapsedDaysSince(next, kept[i - 1]!.reviewId) - elapsedDaysSince(next, kept[i]!.reviewId);
      const states = engine.nextStates(state, 0.9, delta);
      state = [states.again, states.hard, states.good, states.easy][kept[i]!.ease - 1]!.memory;
    }
    expect(replay).toMatchObject({seededFromSm2: true, reps: kept.length});
    expect(Math.abs(replay!.stability / state.stability - 1)).toBeLessThan(0.005);
    expect(Math.abs(replay!.difficulty01 - (state.difficulty - 1) / 9)).toBeLessThan(0.01);
  });

  it.each(presets)('a truncated history is seeded from SM-2, %s', (_label, chosen) => {
    const rows = rowsIn(zone, [
      ['2026-03-01T10:00', 3, 1, 2300, 12],
      ['2026-03-14T10:00', 3, 1, 2300, 30],
      ['2026-04-05T10:00', 1, 1, 2100, 1],
    ]);
    const replay = replayReviews(rows, {now, day, preset: chosen});
    const engine = fsrsEngine(chosen.params);
    let state = engine.memoryStateFromSM2(2.3, 12, 0.9);
    const next = nextDayAt(now.getTime(), timing);
    const days = rows.map((r) => elapsedDaysSince(next, r.reviewId));
    for (let i = 1; i < rows.length; i++) {
      const states = engine.nextStates(state, 0.9, days[i - 1]! - days[i]!);
      state = [states.again, states.hard, states.good, states.easy][rows[i]!.ease - 1]!.memory;
    }
    expect(replay?.seededFromSm2).toBe(true);
    expect(Math.abs(replay!.stability / state.stability - 1)).toBeLessThan(0.005);
    expect(Math.abs(replay!.difficulty01 - (state.difficulty - 1) / 9)).toBeLessThan(0.01);
  });
});

it('counts Anki days in the zone: 23:30 and 01:00 are one day, 03:00 and 05:00 two', () => {
  const zone = 'Asia/Tokyo';
  const day = {timeZone: zone, startsAtHour: 4};
  const at = (wall: string, ease: number, type = 1) =>
    revlogRow(wallTime(zone, wall), ease, {type});
  const replay = (second: string, third: string) =>
    replayReviews([at('2026-03-01T09:30', 3, 0), at(second, 3), at(third, 3)], {now, day})!
      .stability;
  const sameDay = replay('2026-03-04T12:00', '2026-03-04T12:10');
  expect(replay('2026-03-04T23:30', '2026-03-05T01:00')).toBeCloseTo(sameDay, 9);
  const nextDay = replay('2026-03-04T12:00', '2026-03-05T12:00');
  expect(replay('2026-03-05T03:00', '2026-03-05T05:00')).toBeCloseTo(nextDay, 9);
  expect(nextDay).not.toBeCloseTo(sameDay, 3);
});
