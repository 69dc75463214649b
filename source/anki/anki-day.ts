/**
 * Anki's days. Anki counts days in a local time zone, each day starting at the rollover hour
 * (04:00 by default): `rslib/src/scheduler/timing.rs` (`sched_timing_today`, `days_elapsed`).
 */

/** Where and when Anki's day starts. */
export interface AnkiDayRule {
  /** IANA time zone of the machine Anki runs on; undefined → this machine's zone. */
  timeZone: string | undefined;
  /** The hour (0–23) at which Anki's day starts (`rollover` in Anki's preferences). */
  startsAtHour: number;
}

/** Anki's default: this machine's zone, the day starting at 04:00. */
export const DEFAULT_ANKI_DAY: AnkiDayRule = {timeZone: undefined, startsAtHour: 4};

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

// Offsets change only at transitions, which fall on quarter hours: cache per zone and quarter.
const QUARTER_MS = 900_000;
const offsetCache = new Map<string, number>();

/** The zone's offset from UTC at `at`, in minutes (east positive: Tokyo +540). */
export function utcOffsetMinutes(at: Date, timeZone: string | undefined): number {
  if (timeZone === undefined) return -at.getTimezoneOffset();
  const key = `${timeZone}@${Math.floor(at.getTime() / QUARTER_MS)}`;
  const cached = offsetCache.get(key);
  if (cached !== undefined) return cached;
  const offset = zoneOffset(at, timeZone);
  if (offsetCache.size > 50_000) offsetCache.clear();
  offsetCache.set(key, offset);
  return offset;
}

function zoneOffset(at: Date, timeZone: string): number {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  const asUtc = Date.UTC(
    parts.year ?? 1970,
    (parts.month ?? 1) - 1,
    parts.day ?? 1,
    parts.hour ?? 0,
    parts.minute ?? 0,
    parts.second ?? 0,
  );
  return Math.round((asUtc - (at.getTime() - at.getMilliseconds())) / 60_000);
}

/**
 * The Anki day `at` falls on, as days since 1970-01-01: the local calendar date, one less before
 * the rollover hour (as `days_elapsed` counts it). Day numbers relative to the collection's
 * creation day are differences of these.
 */
export function ankiDayNumber(at: Date, rule: AnkiDayRule): number {
  const local = at.getTime() + utcOffsetMinutes(at, rule.timeZone) * 60_000;
  return Math.floor((local - rule.startsAtHour * HOUR_MS) / DAY_MS);
}

/** The calendar date (yyyy-mm-dd) of a day number from {@link ankiDayNumber}. */
export function dayNumberToIso(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/**
 * When Anki's next day starts, seen from `now` (`next_day_at`): the rollover after `now` at the
 * zone's current offset.
 */
export function nextDayStart(now: Date, rule: AnkiDayRule): number {
  const offsetMs = utcOffsetMinutes(now, rule.timeZone) * 60_000;
  return (ankiDayNumber(now, rule) + 1) * DAY_MS + rule.startsAtHour * HOUR_MS - offsetMs;
}

/**
 * Whole days from a review to `nextDayAt`, as Anki's FSRS counts them when it rebuilds memory
 * states (`RevlogEntry::days_elapsed` in `rslib/src/scheduler/fsrs/params.rs`); the difference
 * of two of these is the `delta_t` between reviews.
 */
export function daysBefore(nextDayAt: number, reviewMs: number): number {
  const seconds = Math.floor(nextDayAt / 1000) - Math.floor(reviewMs / 1000);
  return Math.max(0, Math.floor(seconds / 86_400));
}
