import type {BindingMemoryState} from '@open-spaced-repetition/binding';
import type {AnkiReview} from '../../source/db/revlog-rows.js';
import {fsrsEngine} from '../fakes/anki-fsrs.js';
import {elapsedDaysSince, type FakeTiming, nextDayAt} from '../fakes/anki-timing.js';

/** One answer the oracle steps through. */
export interface OracleAnswer {
  at: number;
  rating: 1 | 2 | 3 | 4;
}

/**
 * The reference memory state: fsrs-rs (through @open-spaced-repetition/binding, what Anki runs)
 * stepped once per answer, `delta_t` counted as Anki's `reviews_for_fsrs` does (whole days to
 * `next_day_at`, rslib/src/scheduler/fsrs/params.rs) with the fake's independent day reckoning.
 */
export function oracleState(
  answers: readonly OracleAnswer[],
  params: readonly number[],
  timing: FakeTiming,
  now: number,
): {stability: number; difficulty01: number} {
  const engine = fsrsEngine(params);
  const next = nextDayAt(now, timing);
  let state: BindingMemoryState | null = null;
  let lastDays = 0;
  answers.forEach((answer, index) => {
    const days = elapsedDaysSince(next, answer.at);
    const states = engine.nextStates(state, 0.9, index === 0 ? 0 : lastDays - days);
    state = [states.again, states.hard, states.good, states.easy][answer.rating - 1]!.memory;
    lastDays = days;
  });
  const final = state as BindingMemoryState | null;
  if (final === null) throw new Error('no answers');
  return {stability: final.stability, difficulty01: (final.difficulty - 1) / 9};
}

/** Epoch ms of a wall-clock time (`2026-03-07T23:30`) in a time zone. */
export function wallTime(zone: string, wall: string): number {
  const [date, time] = wall.split('T') as [string, string];
  const [y, mo, d] = date.split('-').map(Number) as [number, number, number];
  const [h, mi] = time.split(':').map(Number) as [number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  let guess = naive;
  for (let i = 0; i < 3; i++) {
    const text = new Date(guess).toLocaleString('sv-SE', {timeZone: zone, hourCycle: 'h23'});
    const [ld, lt] = text.split(' ') as [string, string];
    const [ly, lmo, lday] = ld.split('-').map(Number) as [number, number, number];
    const [lh, lmi] = lt.split(':').map(Number) as [number, number];
    guess += naive - Date.UTC(ly, lmo - 1, lday, lh, lmi);
  }
  return guess;
}

/** A revlog row as getReviewsOfCards would give it, parsed. */
export function revlogRow(
  at: number,
  ease: number,
  options: {type?: number; factor?: number; ivl?: number} = {},
): AnkiReview {
  return {
    reviewId: at,
    reviewedAt: new Date(at),
    usn: -1,
    ease,
    interval: options.ivl ?? 1,
    lastInterval: 0,
    factor: options.factor ?? 2500,
    timeMs: 5000,
    type: options.type ?? 1,
  };
}
