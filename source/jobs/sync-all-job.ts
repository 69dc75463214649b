import {ankiPullJob} from './anki-pull-job.js';
import {ankiPushJob} from './anki-push-job.js';
import {cleanJob} from './clean-job.js';
import type {JobContext, JobOutcome, JobText} from './job-outcome.js';
import {notionSyncJob} from './notion-sync-job.js';

/** One step of sync all: its name and its job with default options. */
interface Step {
  name: string;
  run: (context: JobContext) => Promise<JobOutcome<unknown>>;
}

const steps: readonly Step[] = [
  {name: 'Notion sync', run: (context) => notionSyncJob(context)},
  {name: 'Clean', run: (context) => cleanJob(context)},
  {name: 'Anki push', run: (context) => ankiPushJob(context)},
  {name: 'Anki pull', run: (context) => ankiPullJob(context)},
];

/** What `nls sync all --json` prints: one document for the whole run. */
export interface SyncAllReport {
  ok: boolean;
  steps: {step: string; exitCode: number; result: unknown}[];
  stoppedAt: string | null;
  error?: string;
  notRun: string[];
}

/** The outcome of sync all; a step that threw is reported, and handed back to be rethrown. */
export interface SyncAllOutcome extends JobOutcome<SyncAllReport> {
  /** The warning saying where the run stopped and what did not run. */
  stopped?: string;
  /** What the failing step threw (the caller rethrows it after printing the report). */
  cause?: unknown;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

function stoppedOutcome(
  report: SyncAllReport,
  at: number,
  why: string,
  done: string[],
  cause?: unknown,
) {
  const rest = steps.slice(at + 1).map((s) => s.name);
  const stopped = `sync all stopped at ${steps[at]!.name} (${why}). Done: ${done.join(', ') || 'nothing'}. Not run: ${rest.join(', ') || 'nothing'}.`;
  const summary: SyncAllReport = {...report, ok: false, stoppedAt: steps[at]!.name, notRun: rest};
  if (cause !== undefined) summary.error = messageOf(cause);
  return {summary, stopped, ...(cause === undefined ? {} : {cause})};
}

/**
 * A run that could not start (the settings or the database failed before the first step): the
 * same report as a first step that threw, so `--json` still prints one document.
 */
export function syncAllNotStarted(cause: unknown): SyncAllOutcome {
  const report: SyncAllReport = {ok: false, steps: [], stoppedAt: null, notRun: []};
  const stop = stoppedOutcome(report, 0, 'error below', [], cause);
  return {...stop, exitCode: 1, lines: [], warnings: [stop.stopped]};
}

/**
 * Notion sync → clean → Anki push → Anki pull on one open database, stopping at the first step
 * that fails. `onText` hears each part of the phrasing as it happens (a step's heading when it
 * starts, its lines when it ends, where the run stopped); the outcome holds all of it.
 */
export async function syncAllJob(
  context: JobContext,
  onText: (text: JobText) => void = () => {},
): Promise<SyncAllOutcome> {
  const lines: string[] = [];
  const warnings: string[] = [];
  const say = (text: JobText) => {
    lines.push(...text.lines);
    warnings.push(...text.warnings);
    onText(text);
  };
  const done: string[] = [];
  const report: SyncAllReport = {ok: false, steps: [], stoppedAt: null, notRun: []};
  for (const [index, step] of steps.entries()) {
    say({lines: [`── ${step.name}`], warnings: []});
    let outcome: JobOutcome<unknown>;
    try {
      outcome = await step.run(context);
    } catch (error) {
      const stop = stoppedOutcome(report, index, 'error below', done, error);
      say({lines: [], warnings: [stop.stopped]});
      return {...stop, exitCode: 1, lines, warnings};
    }
    say(outcome);
    report.steps.push({step: step.name, exitCode: outcome.exitCode, result: outcome.summary});
    if (outcome.exitCode !== 0) {
      const stop = stoppedOutcome(report, index, `exit code ${outcome.exitCode}`, done);
      say({lines: [], warnings: [stop.stopped]});
      return {...stop, exitCode: outcome.exitCode, lines, warnings};
    }
    done.push(step.name);
  }
  say({lines: [`sync all finished: ${done.join(' → ')}.`], warnings: []});
  return {summary: {...report, ok: true}, exitCode: 0, lines, warnings};
}
