import {countNoun} from '../text/count-noun.js';
import type {PlanReport} from './plan-service.js';
import {plannedMoves} from './plan-service.js';

const DAY_MS = 86_400_000;
const BAR_WIDTH = 40;
const percent = (value: number) => `${(value * 100).toFixed(1)} %`;

/** The day-by-day load chart: one line per plan day, a bar scaled to the busiest day. */
export function loadChart(report: PlanReport, now: Date): string[] {
  const {reviewsPerDay, minutesPerDay} = report.plan;
  const busiest = Math.max(1, ...reviewsPerDay);
  return reviewsPerDay.map((count, day) => {
    const date = new Date(now.getTime() + day * DAY_MS).toISOString().slice(5, 10);
    const bar = '█'.repeat(Math.round((count / busiest) * BAR_WIDTH));
    const minutes = (minutesPerDay[day] ?? 0).toFixed(1);
    return `  ${date} ${bar.padEnd(BAR_WIDTH)} ${String(count).padStart(5)} (${minutes} min)`;
  });
}

/** The lines `nls plan` prints. */
export function planSummary(report: PlanReport, now: Date): string[] {
  const {plan} = report;
  const studied = plan.items.length;
  const {anki, quiz} = plannedMoves(report);
  const per = report.measured
    ? 'measured from your Anki history'
    : 'assumed; no answer times stored yet';
  if (studied === 0) {
    return [
      `Exam ${report.exam}: ${countNoun(report.examDay, 'day')} away; no studied Anki card or quiz item in scope (${plan.unstudied.length} never studied).`,
    ];
  }
  const lines = [
    `Exam ${report.exam}: ${countNoun(report.examDay, 'day')} away; ${countNoun(studied, 'studied item')} in scope, ${plan.unstudied.length} never studied.`,
    `Predicted recall on the exam if nothing is reviewed: ${percent(plan.meanRecallIfLeft)} on average.`,
    `To reach ${percent(report.target)}: ${countNoun(plan.totalReviews, 'review')} (${anki.length} Anki, ${quiz.length} quiz), expected recall ${percent(plan.expectedMeanRecall)}; about ${(plan.totalReviews / report.examDay).toFixed(1)} a day at ${report.secondsPerReview.toFixed(1)} s each (${per}).`,
  ];
  if (plan.shortOfTarget > 0) {
    lines.push(
      `${countNoun(plan.shortOfTarget, 'item')} cannot reach the target with one review; they are planned for the last day.`,
    );
  }
  if (report.minutes !== null) {
    const busiest = Math.max(0, ...plan.minutesPerDay);
    lines.push(
      report.fits
        ? `Fits ${report.minutes} minutes a day (busiest day ${busiest.toFixed(1)} min).`
        : `Does not fit ${report.minutes} minutes a day: the busiest day needs ${busiest.toFixed(1)} min.`,
    );
  }
  if (plan.totalReviews > 0) lines.push('Reviews per day:', ...loadChart(report, now));
  return lines;
}
