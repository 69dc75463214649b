import type {Bar} from '../../components/bar-chart.js';
import type {Database} from '../../db/connection.js';
import {
  type AtomOverviewRow,
  type AtomTypeCount,
  countDueQuizItems,
  countLiveAtomsByType,
  countPendingReviews,
  findAnkiDueForecast,
  findAtomOverview,
  findLastRunPerType,
  type LastRunRow,
} from '../../db/dashboard-rows.js';
import {findExam} from '../../db/plan-rows.js';

/** Everything the dashboard shows. */
export interface DashboardData {
  byType: AtomTypeCount[];
  overview: AtomOverviewRow;
  /** One bar per day for the next 14 days, labelled with the day of the month. */
  forecast: Bar[];
  quizDue: number;
  pendingReviews: number;
  lastRuns: LastRunRow[];
  /** The exam date `nls plan --exam` set (yyyy-mm-dd), or null. */
  exam: string | null;
}

/** Days in the Anki due forecast. */
export const FORECAST_DAYS = 14;

const pad = (value: number) => String(value).padStart(2, '0');

/** The local calendar day of `date` as `YYYY-MM-DD` (Anki due dates are local days). */
export function localDay(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Fills the forecast rows into `days` bars starting at `now`'s day, zero where none are due. */
export function forecastBars(
  rows: readonly {day: string; count: number}[],
  now: Date,
  days: number,
): Bar[] {
  const counts = new Map(rows.map((row) => [row.day, row.count]));
  return Array.from({length: days}, (_, offset) => {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    return {label: pad(day.getDate()), value: counts.get(localDay(day)) ?? 0};
  });
}

/** The bars with the exam day's label replaced by a marker, when the exam falls among them. */
export function markExamDay(bars: readonly Bar[], now: Date, exam: string | null): Bar[] {
  return bars.map((bar, offset) => {
    const day = new Date(now.getFullYear(), now.getMonth(), now.getDate() + offset);
    return exam !== null && localDay(day) === exam ? {...bar, label: 'EX'} : bar;
  });
}

/** Loads the dashboard: one round-trip per figure. */
export async function loadDashboard(db: Database, now: Date): Promise<DashboardData> {
  const {sql} = db;
  const [byType, overview, forecast, quizDue, pendingReviews, lastRuns, exam] = await Promise.all([
    countLiveAtomsByType(sql),
    findAtomOverview(sql),
    findAnkiDueForecast(sql, localDay(now), FORECAST_DAYS),
    countDueQuizItems(sql, now),
    countPendingReviews(sql),
    findLastRunPerType(sql),
    findExam(sql),
  ]);
  return {
    byType,
    overview,
    forecast: markExamDay(forecastBars(forecast, now, FORECAST_DAYS), now, exam?.examDate ?? null),
    quizDue,
    pendingReviews,
    lastRuns,
    exam: exam?.examDate ?? null,
  };
}
