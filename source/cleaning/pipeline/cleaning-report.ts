import {countNoun} from '../../text/count-noun.js';
import type {AtomicityStatus, Grade} from '../grade-card.js';
import type {NearPassSummary} from './near-pass.js';
import type {RewriteSummary} from './rewrite-step.js';

/** What a cleaning run found and did (or, in a dry run, would do). */
export interface CleaningReport {
  readonly dryRun: boolean;
  /** The sync_log row of the run; null in a dry run. */
  readonly runId: string | null;
  /** batch_id of the review items this run queued. */
  readonly batchId: string;
  /** Live atoms graded. */
  readonly atoms: number;
  readonly grades: Record<Grade, number>;
  readonly atomicity: Record<AtomicityStatus, number>;
  /** Atoms graded D or F. */
  readonly needsReview: number;
  readonly changes: {
    /** Atoms whose stored grade columns changed. */
    readonly regraded: number;
    /** Fronts rewritten by prefix normalisation. */
    readonly normalized: number;
    /** cleaning_log rows written. */
    readonly logged: number;
  };
  readonly duplicates: {
    readonly groups: number;
    readonly duplicates: number;
    /** Merge proposals queued by this run. */
    readonly proposals: number;
    /** Duplicates skipped because a merge was already proposed (any status). */
    readonly alreadyProposed: number;
  };
  /** How near duplicates were searched (full join or incremental index probes). */
  readonly nearPass: NearPassSummary;
  /** Null without --rewrite. In a dry run only `candidates` is filled. */
  readonly rewrite: RewriteSummary | null;
  /** Review items waiting for a decision after the run. */
  readonly pendingReviews: number;
  readonly seconds: number;
}

/** Suggested next commands, in the order a person would run them. */
export function cleaningNextSteps(report: CleaningReport): string[] {
  if (report.atoms === 0) {
    return [
      'There are no cards yet: run nls sync notion first (or nls demo to try nls on a demo course).',
    ];
  }
  const steps: string[] = [];
  if (report.dryRun) steps.push('Nothing was written: run nls clean to apply these changes.');
  if (report.rewrite?.stopped) {
    steps.push('Check GEMINI_API_KEY (and the account’s billing), then run nls clean --rewrite.');
  }
  if (report.pendingReviews > 0) {
    const waiting = report.pendingReviews === 1 ? 'waits' : 'wait';
    steps.push(
      `${countNoun(report.pendingReviews, 'proposal')} ${waiting} for review: run nls review.`,
    );
  }
  const rewritten = report.rewrite?.attempted ?? 0;
  if (report.needsReview > 0 && rewritten === 0 && !report.dryRun) {
    steps.push(
      `${countNoun(report.needsReview, 'card')} ${report.needsReview === 1 ? 'is' : 'are'} graded D or F: run nls clean --rewrite to ask Gemini for better versions.`,
    );
  }
  if ((report.rewrite?.failed ?? 0) > 0 && !report.rewrite?.stopped) {
    steps.push('Some rewrites failed: run nls clean --rewrite again later to retry them.');
  }
  if (steps.length === 0) steps.push('Nothing to do: every card is clean.');
  return steps;
}
