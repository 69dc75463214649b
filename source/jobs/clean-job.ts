import {createRewriter, type Rewriter} from '../ai/gemini-rewriter.js';
import {formatCleaningSummary} from '../cleaning/pipeline/cleaning-summary.js';
import {type CleaningReport, cleaningNextSteps, runCleaning} from '../cleaning/pipeline/index.js';
import type {Config} from '../config/load-config.js';
import {UserError} from '../errors.js';
import type {JobContext, JobOutcome} from './job-outcome.js';

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

// Vertex AI with a project signs in with Application Default Credentials; otherwise a key.
function rewriterFor(config: Config, options: CleanJobOptions): Rewriter | null {
  const {gemini} = config;
  const configured = Boolean(gemini.apiKey || gemini.vertex?.project);
  if (options.rewrite && !options.dryRun && !configured) {
    throw new UserError('nls clean --rewrite needs a Gemini API key or Vertex AI settings.', {
      hint: 'set GEMINI_API_KEY, or GOOGLE_GENAI_USE_VERTEXAI=true with GOOGLE_CLOUD_PROJECT (or run nls clean without --rewrite)',
    });
  }
  if (!options.rewrite || !configured) return null;
  return createRewriter({
    apiKey: gemini.apiKey,
    vertex: gemini.vertex,
    model: gemini.model,
    baseUrl: gemini.baseUrl,
    rpm: gemini.rpm,
  });
}

/** Grades, normalises, de-duplicates and optionally queues rewrites (Gemini from `config.gemini`). */
export async function cleanJob(
  context: JobContext,
  options: CleanJobOptions = {},
): Promise<JobOutcome<CleanSummary>> {
  const rewriter = rewriterFor(context.config, options);
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
