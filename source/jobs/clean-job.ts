import {formatCleaningSummary} from '../cleaning/pipeline/cleaning-summary.js';
import {type CleaningReport, cleaningNextSteps, runCleaning} from '../cleaning/pipeline/index.js';
import type {JobContext, JobOutcome} from './job-outcome.js';
import {rewriterFor} from './rewriter-for.js';

/** Options of a cleaning run. */
export interface CleanJobOptions {
  /** Queue Gemini rewrites of weak cards for review. */
  rewrite?: boolean;
  /** At most this many rewrites (default 50). */
  limit?: number;
  dryRun?: boolean;
}

/** What a cleaning run reports: the run's counts and the commands to run next. */
export type CleanSummary = CleaningReport & {nextSteps: string[]};

/** Grades, normalises, de-duplicates and optionally queues rewrites (Gemini from `config.gemini`). */
export async function cleanJob(
  context: JobContext,
  options: CleanJobOptions = {},
): Promise<JobOutcome<CleanSummary>> {
  const rewriter = rewriterFor(context.config, {
    wanted: options.rewrite === true && options.dryRun !== true,
    command: 'nls clean --rewrite',
    without: 'nls clean without --rewrite',
  });
  const report = await runCleaning(context.db, {
    now: context.now(),
    dryRun: options.dryRun === true,
    rewrite: options.rewrite ? {rewriter, limit: options.limit ?? 50} : undefined,
    onProgress: context.onProgress,
  });
  const nextSteps = cleaningNextSteps(report);
  return {
    summary: {...report, nextSteps},
    exitCode: report.rewrite?.stopped ? 1 : 0,
    lines: formatCleaningSummary(report, nextSteps),
    warnings: [],
  };
}
