import {
  type Card,
  createEmptyCard,
  type FSRS,
  fsrs,
  type Grade,
  generatorParameters,
} from 'ts-fsrs';
import type {QuizRating} from './rating.js';

/** ts-fsrs card states: 0 new, 1 learning, 2 review, 3 relearning (the `quiz_schedule.state` column). */
export type FsrsState = 0 | 1 | 2 | 3;

/** FSRS memory state of one quiz atom, shaped like a `quiz_schedule` row. */
export interface QuizScheduleState {
  state: FsrsState;
  stability: number;
  difficulty: number;
  due: Date;
  lastReview: Date | null;
  reps: number;
  lapses: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
}

/** Scheduler settings the config layer may change; fuzz stays off so results are reproducible. */
export interface QuizSchedulerOptions {
  requestRetention?: number;
  maximumInterval?: number;
  enableShortTerm?: boolean;
  /** FSRS parameters fitted to the learner's quiz answers (`nls fsrs optimize`); default FSRS's. */
  w?: readonly number[];
}

const schedulers = new Map<string, FSRS>();

/** The ts-fsrs scheduler for the options (fuzz disabled), built once per distinct setting. */
export function quizScheduler(options: QuizSchedulerOptions = {}): FSRS {
  const key = JSON.stringify([
    options.requestRetention,
    options.maximumInterval,
    options.enableShortTerm,
    options.w,
  ]);
  let scheduler = schedulers.get(key);
  if (!scheduler) {
    scheduler = fsrs(
      generatorParameters({
        enable_fuzz: false,
        ...(options.w === undefined ? {} : {w: [...options.w]}),
        ...(options.requestRetention === undefined
          ? {}
          : {request_retention: options.requestRetention}),
        ...(options.maximumInterval === undefined
          ? {}
          : {maximum_interval: options.maximumInterval}),
        ...(options.enableShortTerm === undefined
          ? {}
          : {enable_short_term: options.enableShortTerm}),
      }),
    );
    schedulers.set(key, scheduler);
  }
  return scheduler;
}

/** Converts a stored state to a ts-fsrs card. */
export function toFsrsCard(state: QuizScheduleState): Card {
  return {
    due: new Date(state.due),
    stability: state.stability,
    difficulty: state.difficulty,
    elapsed_days: state.elapsedDays,
    scheduled_days: state.scheduledDays,
    learning_steps: state.learningSteps,
    reps: state.reps,
    lapses: state.lapses,
    state: state.state,
    ...(state.lastReview ? {last_review: new Date(state.lastReview)} : {}),
  };
}

/** Converts a ts-fsrs card to the plain stored shape. */
export function fromFsrsCard(card: Card): QuizScheduleState {
  return {
    state: card.state as FsrsState,
    stability: card.stability,
    difficulty: card.difficulty,
    due: new Date(card.due),
    lastReview: card.last_review ? new Date(card.last_review) : null,
    reps: card.reps,
    lapses: card.lapses,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
  };
}

/** A stored `quiz_schedule` row's FSRS columns, any of which may be null (no row joined). */
export interface StoredScheduleColumns {
  state: number | null;
  stability: number | null;
  difficulty: number | null;
  due: Date | null;
  lastReview: Date | null;
  reps: number | null;
  lapses: number | null;
  elapsedDays: number | null;
  scheduledDays: number | null;
  learningSteps: number | null;
}

/** The schedule state of stored columns, or null when the atom was never quizzed. */
export function scheduleFromColumns(columns: StoredScheduleColumns): QuizScheduleState | null {
  if (columns.state === null || columns.due === null) return null;
  return {
    state: columns.state as FsrsState,
    stability: columns.stability ?? 0,
    difficulty: columns.difficulty ?? 0,
    due: columns.due,
    lastReview: columns.lastReview,
    reps: columns.reps ?? 0,
    lapses: columns.lapses ?? 0,
    elapsedDays: columns.elapsedDays ?? 0,
    scheduledDays: columns.scheduledDays ?? 0,
    learningSteps: columns.learningSteps ?? 0,
  };
}

/** Applies one answer at `now` to a state (null = never quizzed) and returns the next state. */
export function scheduleAnswer(
  state: QuizScheduleState | null,
  rating: QuizRating,
  now: Date,
  options: QuizSchedulerOptions = {},
): QuizScheduleState {
  const card = state ? toFsrsCard(state) : createEmptyCard(now);
  return fromFsrsCard(quizScheduler(options).next(card, now, rating as Grade).card);
}

/** Current probability of recall, or null when the atom was never quizzed. */
export function retrievability(
  state: QuizScheduleState | null,
  now: Date,
  options: QuizSchedulerOptions = {},
): number | null {
  if (!state || state.state === 0 || !state.lastReview) return null;
  return quizScheduler(options).get_retrievability(toFsrsCard(state), now, false);
}

/** Whether an item has been quizzed and is due at `now`. */
export function isDue(state: QuizScheduleState | null, now: Date): boolean {
  return state !== null && state.state !== 0 && state.due.getTime() <= now.getTime();
}

/** Options of {@link selectSession}. */
export interface SelectSessionOptions {
  now: Date;
  count: number;
  /** At most this many never-quizzed items (default: no limit beyond `count`). */
  maxNew?: number;
}

/** Due items first (the longest overdue first), then new items in the given order. */
export function selectSession<T extends {schedule: QuizScheduleState | null}>(
  items: readonly T[],
  options: SelectSessionOptions,
): T[] {
  const due = items
    .filter((item) => isDue(item.schedule, options.now))
    .sort((a, b) => a.schedule!.due.getTime() - b.schedule!.due.getTime());
  const fresh = items
    .filter((item) => item.schedule === null || item.schedule.state === 0)
    .slice(0, options.maxNew ?? items.length);
  return [...due, ...fresh].slice(0, Math.max(0, options.count));
}
