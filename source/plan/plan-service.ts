import {type AnkiDayRule, ankiDayNumber, utcOffsetMinutes} from '../anki/anki-day.js';
import type {AnkiClient} from '../anki/client.js';
import type {Database} from '../db/connection.js';
import {findPlanItems, medianReviewSeconds, moveQuizDue, type PlanScope} from '../db/plan-rows.js';
import {UserError} from '../errors.js';
import {type ExamPlan, planForExam} from './exam-plan.js';

/** Seconds per review assumed when the stored log has no answer times. */
export const DEFAULT_SECONDS_PER_REVIEW = 10;
const DAY_MS = 86_400_000;

/** Options for {@link buildPlan}. */
export interface PlanOptions {
  now: Date;
  /** The exam date, yyyy-mm-dd. */
  exam: string;
  scope: PlanScope | null;
  target: number;
  /** Minutes a day the learner has, if given. */
  minutes?: number | undefined;
  day: AnkiDayRule;
}

/** A plan with what it was built from. */
export interface PlanReport {
  exam: string;
  /** Plan days until the exam (reviews on days 0 … examDay − 1). */
  examDay: number;
  target: number;
  plan: ExamPlan;
  secondsPerReview: number;
  /** True when the seconds per review were measured from the stored log. */
  measured: boolean;
  minutes: number | null;
  /** Whether the busiest day fits the minutes (null without --minutes). */
  fits: boolean | null;
  /** Anki card ids by atom id, for applying the plan. */
  ankiCards: Map<string, number>;
}

/** The exam's start (the exam date's first moment of Anki's day) and the plan days until it. */
export function examMoment(exam: string, now: Date, rule: AnkiDayRule) {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(exam);
  const naive = match ? Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) : NaN;
  if (!Number.isFinite(naive) || new Date(naive).toISOString().slice(0, 10) !== exam) {
    throw new UserError(`The exam date "${exam}" is not a date.`, {
      hint: 'Give it as YYYY-MM-DD, e.g. --exam 2026-07-15.',
    });
  }
  const wall = naive + rule.startsAtHour * 3_600_000;
  const examAt = wall - utcOffsetMinutes(new Date(wall), rule.timeZone) * 60_000;
  const examDay = ankiDayNumber(new Date(examAt), rule) - ankiDayNumber(now, rule);
  if (examDay < 1) {
    throw new UserError(`The exam date ${exam} is not after today.`, {
      hint: 'Give a date from tomorrow on.',
    });
  }
  return {examAt, examDay};
}

/** Builds the plan for the items in scope; moves nothing. */
export async function buildPlan(db: Database, options: PlanOptions): Promise<PlanReport> {
  const {examAt, examDay} = examMoment(options.exam, options.now, options.day);
  const rows = await findPlanItems(db.sql, options.scope);
  if (rows.length === 0 && options.scope !== null) {
    throw new UserError(
      `No Anki cards or quiz items in ${options.scope.kind} "${options.scope.name}".`,
      {
        hint: 'Check the name (nls concepts lists them), or leave out --scope.',
      },
    );
  }
  const median = await medianReviewSeconds(db.sql);
  const secondsPerReview = median ?? DEFAULT_SECONDS_PER_REVIEW;
  const plan = planForExam({
    items: rows.map((row) => ({...row, id: row.atomId})),
    examAt,
    examDay,
    target: options.target,
    secondsPerReview,
  });
  const minutes = options.minutes ?? null;
  const busiest = Math.max(0, ...plan.minutesPerDay);
  const ankiCards = new Map<string, number>();
  for (const row of rows) if (row.ankiCardId !== null) ankiCards.set(row.atomId, row.ankiCardId);
  return {
    exam: options.exam,
    examDay,
    target: options.target,
    plan,
    secondsPerReview,
    measured: median !== null,
    minutes,
    fits: minutes === null ? null : busiest <= minutes,
    ankiCards,
  };
}

/** The items a plan would move: Anki cards and quiz items with a planned review day. */
export function plannedMoves(report: PlanReport) {
  const moves = report.plan.items.filter((item) => item.reviewDay !== null);
  return {
    anki: moves.filter((m) => m.kind === 'anki' && report.ankiCards.has(m.id)),
    quiz: moves.filter((m) => m.kind === 'quiz'),
  };
}

/**
 * Applies a plan: Anki cards get their planned day with `setDueDate` (one call per day, in one
 * `multi`), quiz items their due in nls. Only planned items move.
 */
export async function applyPlan(
  db: Database,
  client: AnkiClient,
  report: PlanReport,
  now: Date,
): Promise<{anki: number; quiz: number}> {
  const {anki, quiz} = plannedMoves(report);
  const byDay = new Map<number, number[]>();
  for (const move of anki) {
    const list = byDay.get(move.reviewDay ?? 0) ?? [];
    list.push(report.ankiCards.get(move.id) as number);
    byDay.set(move.reviewDay ?? 0, list);
  }
  if (byDay.size > 0) {
    const actions = [...byDay].map(([day, cards]) => ({
      action: 'setDueDate',
      params: {cards, days: String(day)},
    }));
    for (const result of await client.multi(actions)) if (!result.ok) throw result.error;
  }
  const quizMoves = quiz.map((m) => ({
    atomId: m.id,
    due: new Date(now.getTime() + (m.reviewDay ?? 0) * DAY_MS),
  }));
  const moved = await moveQuizDue(db.sql, quizMoves);
  return {anki: anki.length, quiz: moved};
}
