/**
 * Anki's day, as the fake collection keeps it. Written after `sched_timing_today_v2_new` and
 * `days_elapsed` in ankitects/anki rslib/src/scheduler/timing.rs: the days elapsed since the
 * collection was created are the difference of the local calendar dates of creation and now, one
 * less while today's rollover hour has not passed; `next_day_at` is the next rollover.
 * Deliberately not shared with source/anki/anki-day.ts, so tests compare two readings.
 */

/** The machine Anki runs on: its time zone and "Next day starts at" hour. */
export interface FakeTiming {
  timeZone: string;
  rolloverHour: number;
}

const DAY_MS = 86_400_000;

interface LocalTime {
  /** Days from 1970-01-01 of the local calendar date. */
  date: number;
  hour: number;
  /** Offset from UTC in ms (east positive). */
  offsetMs: number;
}

function local(ms: number, timeZone: string): LocalTime {
  const text = new Date(ms).toLocaleString('sv-SE', {timeZone, hourCycle: 'h23'});
  const match = /^(\d+)-(\d+)-(\d+) (\d+):(\d+):(\d+)$/.exec(text);
  if (match === null) throw new Error(`unexpected local time ${text}`);
  const [y, mo, d, h, mi, s] = match.slice(1).map(Number) as number[];
  const wall = Date.UTC(y ?? 0, (mo ?? 1) - 1, d ?? 1, h ?? 0, mi ?? 0, s ?? 0);
  return {
    date: Math.floor(wall / DAY_MS),
    hour: h ?? 0,
    offsetMs: wall - (ms - (((ms % 1000) + 1000) % 1000)),
  };
}

/** `days_elapsed` at `nowMs` for a collection created at `createdMs`. */
export function daysElapsed(createdMs: number, nowMs: number, timing: FakeTiming): number {
  const created = local(createdMs, timing.timeZone);
  const now = local(nowMs, timing.timeZone);
  const days = now.date - created.date;
  const rolloverPassed = now.hour >= timing.rolloverHour;
  return Math.max(0, rolloverPassed ? days : days - 1);
}

/** `next_day_at` at `nowMs`: the next rollover, in epoch ms. */
export function nextDayAt(nowMs: number, timing: FakeTiming): number {
  const now = local(nowMs, timing.timeZone);
  const today = now.date * DAY_MS + timing.rolloverHour * 3_600_000 - now.offsetMs;
  return today > nowMs ? today : today + DAY_MS;
}

/** `elapsed_days_since`: whole days from `sinceMs` to `next_day_at` (seconds, as Anki counts). */
export function elapsedDaysSince(nextDayMs: number, sinceMs: number): number {
  return Math.max(
    0,
    Math.floor((Math.floor(nextDayMs / 1000) - Math.floor(sinceMs / 1000)) / 86_400),
  );
}
