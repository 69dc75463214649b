import {type FSRSState, fsrs, generatorParameters} from 'ts-fsrs';
import type {AnkiReview} from '../db/revlog-rows.js';
import {type AnkiDayRule, DEFAULT_ANKI_DAY, daysBefore, nextDayStart} from './anki-day.js';
import {DEFAULT_PRESET, type FsrsPreset, fsrs6Parameters} from './fsrs-preset.js';
import {REVLOG_TYPE} from './reviews.js';

/** The memory state after one replayed answer, beside the revlog row of that answer. */
export interface ReplayStep {
  review: AnkiReview;
  stability: number;
  /** Difficulty on Anki's 0–1 scale, (D − 1) / 9. */
  difficulty01: number;
}

/** A card's memory state rebuilt from its review log. */
export interface FsrsReplayResult {
  /** FSRS stability in days (time for recall probability to fall from 100 % to 90 %). */
  stability: number;
  /** FSRS difficulty D rescaled from 1–10 to 0–1 as (D − 1) / 9. */
  difficulty01: number;
  /** When the card would be due under these parameters (a fallback for Anki's own due). */
  due: Date;
  /** The interval (whole days) those parameters give after the last answer. */
  interval: number;
  lastReviewAt: Date;
  /** Where the last answer left the card: a lapse relearns, a first Again is still learning. */
  state: 'learning' | 'review' | 'relearning';
  /** Answers replayed (after the last reset; manual changes and cramming excluded). */
  reps: number;
  lapses: number;
  /** Probability of recall at `now`, 0–1. */
  retrievability: number;
  /** The history was truncated (no learning entry): the first answer was seeded from SM-2. */
  seededFromSm2: boolean;
  steps: ReplayStep[];
}

/** Options for {@link replayReviews}. */
export interface FsrsReplayOptions {
  /** The moment the state is evaluated at (retrievability, Anki's `next_day_at`). */
  now: Date;
  /** The card's preset (parameters, desired and historical retention); default: FSRS defaults. */
  preset?: FsrsPreset | undefined;
  /** How Anki counts days; default: this machine's zone, rollover 04:00. */
  day?: AnkiDayRule | undefined;
}

const isCramming = (r: AnkiReview) => r.type === REVLOG_TYPE.filtered && r.factor === 0;
const isReset = (r: AnkiReview) => r.type === REVLOG_TYPE.manual && r.factor === 0;
const hasRating = (r: AnkiReview) => r.ease >= 1 && r.ease <= 4;

/**
 * The answers Anki's FSRS replays, chosen as `reviews_for_fsrs` does (`rslib/src/scheduler/fsrs/
 * params.rs`): from the first entry of the last run of learning answers; else, when the history
 * was truncated, from the first interday answer (then `truncated`); nothing before a reset
 * ("Forget": manual, factor 0); without manual/rescheduled rows (ease 0) and cramming. Reviews
 * before the preset's "ignore reviews before" date (`ignoreBeforeMs`) do not start a history.
 */
export function selectAnswers(
  reviews: readonly AnkiReview[],
  ignoreBeforeMs = 0,
): {
  answers: AnkiReview[];
  truncated: boolean;
} {
  const entries = [...reviews].sort((a, b) => a.reviewId - b.reviewId);
  let firstLearn: number | null = null;
  let firstGrade: number | null = null;
  let complete = false;
  for (let index = entries.length - 1; index >= 0; index--) {
    const entry = entries[index] as AnkiReview;
    if (isCramming(entry)) continue;
    const interday = entry.interval >= 1 || entry.interval <= -86_400;
    if (hasRating(entry) && interday && entry.reviewId > ignoreBeforeMs) firstGrade = index;
    if (hasRating(entry) && entry.type === REVLOG_TYPE.learning) {
      firstLearn = index;
      complete = true;
    } else if (isReset(entry)) {
      if (firstLearn !== null) break;
      if (firstGrade !== null) {
        complete = false;
        break;
      }
      return {answers: [], truncated: false};
    } else if (firstLearn !== null) break;
  }
  // A learning start before the preset's "ignore reviews before" date: seed from SM-2 instead.
  const learn = firstLearn === null ? undefined : entries[firstLearn];
  if (learn !== undefined && learn.reviewId < ignoreBeforeMs && firstLearn! < entries.length - 1) {
    firstLearn = null;
    complete = false;
  }
  const start = firstLearn ?? firstGrade;
  if (start === null) return {answers: [], truncated: false};
  const answers = entries.slice(start).filter((e) => hasRating(e) && !isCramming(e));
  return {answers, truncated: !complete};
}

/** The answers a replay counts (see {@link selectAnswers}). */
export function gradedReviews(reviews: readonly AnkiReview[]): AnkiReview[] {
  return selectAnswers(reviews).answers;
}

/**
 * FSRS memory state from SM-2 ease and interval, as fsrs-rs `memory_state_from_sm2`; a factor
 * of at most 1.1 was written by FSRS and carries the difficulty itself
 * (`rslib/src/scheduler/fsrs/memory_state.rs`, `fsrs_item_for_memory_state`).
 */
export function memoryStateFromSm2(
  w: readonly number[],
  ease: number,
  interval: number,
  sm2Retention: number,
): FSRSState {
  const decay = -(w[20] ?? 0.5);
  const factor = 0.9 ** (1 / decay) - 1;
  const stability = (Math.max(interval, 0.001) * factor) / (sm2Retention ** (1 / decay) - 1);
  const [w8, w9, w10] = [w[8] ?? 0, w[9] ?? 0, w[10] ?? 0];
  const fromEase =
    11 - (ease - 1) / (Math.exp(w8) * stability ** -w9 * Math.expm1((1 - sm2Retention) * w10));
  const difficulty = ease <= 1.1 ? (ease - 0.1) * 9 + 1 : fromEase;
  return {stability, difficulty: Math.min(10, Math.max(1, difficulty))};
}

const clamp01 = (value: number): number => Math.min(1, Math.max(0, value));

// A pull replays thousands of cards with a handful of presets and one clock: build each
// scheduler and the next day's start once.
const schedulers = new WeakMap<FsrsPreset, ReturnType<typeof fsrs>>();
let lastDay: {now: number; rule: AnkiDayRule; value: number} | null = null;

function schedulerFor(preset: FsrsPreset, w: number[]): ReturnType<typeof fsrs> {
  let scheduler = schedulers.get(preset);
  if (scheduler === undefined) {
    const params = {w, request_retention: preset.desiredRetention, enable_fuzz: false};
    scheduler = fsrs(generatorParameters(params));
    schedulers.set(preset, scheduler);
  }
  return scheduler;
}

function nextDayFor(now: Date, rule: AnkiDayRule): number {
  if (lastDay?.now !== now.getTime() || lastDay.rule !== rule) {
    lastDay = {now: now.getTime(), rule, value: nextDayStart(now, rule)};
  }
  return lastDay.value;
}

const DAY_MS = 86_400_000;

/**
 * Replays a card's Anki review log through FSRS (ts-fsrs, stepped once per answer with Anki's
 * day numbering and the card's preset) to get real stability and difficulty. Returns null when
 * there is no answer to replay.
 */
export function replayReviews(
  reviews: readonly AnkiReview[],
  options: FsrsReplayOptions,
): FsrsReplayResult | null {
  const preset = options.preset ?? DEFAULT_PRESET;
  const {answers, truncated} = selectAnswers(reviews, preset.ignoreBeforeMs ?? 0);
  const first = answers[0];
  if (first === undefined) return null;
  const w = fsrs6Parameters(preset.params);
  const scheduler = schedulerFor(preset, w);
  const nextDayAt = nextDayFor(options.now, options.day ?? DEFAULT_ANKI_DAY);
  let state: FSRSState | null = null;
  let lastDays = 0;
  let lapses = 0;
  const steps: ReplayStep[] = [];
  answers.forEach((review, index) => {
    const days = daysBefore(nextDayAt, review.reviewId);
    if (index === 0 && truncated) {
      const ease = review.factor === 0 ? 2.5 : review.factor / 1000;
      state = memoryStateFromSm2(w, ease, Math.max(1, review.interval), preset.sm2Retention);
    } else {
      state = scheduler.next_state(state, index === 0 ? 0 : lastDays - days, review.ease);
    }
    if (review.ease === 1 && review.type === REVLOG_TYPE.review) lapses += 1;
    lastDays = days;
    steps.push({
      review,
      stability: state.stability,
      difficulty01: clamp01((state.difficulty - 1) / 9),
    });
  });
  const last = steps.at(-1) as ReplayStep;
  const lastReviewAt = last.review.reviewedAt;
  const interval = scheduler.next_interval(last.stability, 0);
  const elapsed = Math.max(0, (options.now.getTime() - lastReviewAt.getTime()) / DAY_MS);
  return {
    stability: last.stability,
    difficulty01: last.difficulty01,
    due: new Date(lastReviewAt.getTime() + interval * DAY_MS),
    interval,
    lastReviewAt,
    state: last.review.ease !== 1 ? 'review' : steps.length > 1 ? 'relearning' : 'learning',
    reps: steps.length,
    lapses,
    retrievability: clamp01(scheduler.forgetting_curve(elapsed, last.stability)),
    seededFromSm2: truncated,
    steps,
  };
}
