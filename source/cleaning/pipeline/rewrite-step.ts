import {isFatalRewriteError, type Rewriter} from '../../ai/gemini-rewriter.js';
import {insertReviewProposals, readAtomDetails} from '../../db/cleaning-rows.js';
import type {Sql} from '../../db/sql-client.js';
import {pageBodyMarkdown} from '../../notion/page-body.js';
import type {ProgressListener} from '../../progress/progress-events.js';
import {gradeCard} from '../grade-card.js';
import type {CleaningThresholds} from '../thresholds.js';
import type {CleanedAtom} from './grade-step.js';
import {rewriteProposalRows} from './proposal-rows.js';
import {stableTieBreak} from './stable-order.js';

/** One rewrite that produced no proposal. */
export interface RewriteFailure {
  readonly atomId: string;
  readonly kind: string;
  readonly status?: number;
  readonly message: string;
}

/** What the rewrite step did. */
export interface RewriteSummary {
  readonly candidates: number;
  readonly attempted: number;
  readonly succeeded: number;
  /** review_queue rows added (a split adds several). */
  readonly proposals: number;
  readonly failed: number;
  /** The first few failures, for the run's details and the summary. */
  readonly errors: RewriteFailure[];
  /** Why the step stopped early (a fatal HTTP status), or null. */
  readonly stopped: string | null;
}

const keptErrors = 5;
// The page body is context, not the card: enough of it to check facts, bounded in tokens.
const promptNotesChars = 4000;

/**
 * Verbose, needs-split and D/F atoms without a pending review item, worst first (then oldest,
 * then by CardID, so the same cards come first from run to run and from sync to sync).
 */
export function selectRewriteCandidates(
  atoms: readonly CleanedAtom[],
  excluded: ReadonlySet<string>,
  limit: number,
): CleanedAtom[] {
  return atoms
    .filter(
      (atom) => (atom.atomicityStatus !== 'atomic' || atom.needsReview) && !excluded.has(atom.id),
    )
    .sort((a, b) => a.score - b.score || a.createdAt - b.createdAt || stableTieBreak(a, b))
    .slice(0, Math.max(0, limit));
}

/** Options for {@link runRewriteStep}. */
export interface RewriteStepOptions {
  readonly rewriter: Rewriter;
  readonly batchId: string;
  readonly thresholds: CleaningThresholds;
  readonly now: Date;
  readonly onProgress: ProgressListener;
}

/**
 * Asks the rewriter about each candidate and queues every proposed card as a pending review
 * item. Model text is stored as data only; nothing it says changes an atom or a decision.
 */
export async function runRewriteStep(
  sql: Sql,
  candidates: readonly CleanedAtom[],
  options: RewriteStepOptions,
): Promise<RewriteSummary> {
  const {rewriter, batchId, thresholds, now, onProgress} = options;
  // The backs (and what a proposal copies) of just the candidates: the run keeps no card backs.
  const details = await readAtomDetails(
    sql,
    candidates.map((atom) => atom.id),
  );
  const errors: RewriteFailure[] = [];
  let attempted = 0;
  let succeeded = 0;
  let proposals = 0;
  let failed = 0;
  let stopped: string | null = null;
  onProgress({type: 'phase', phase: 'Rewriting', total: candidates.length});
  for (const atom of candidates) {
    attempted += 1;
    const detail = details.get(atom.id);
    const back = detail?.back ?? null;
    const result = await rewriter.rewrite({
      id: atom.id,
      front: atom.front,
      back,
      atomType: atom.atomType,
      notes: pageBodyMarkdown(detail?.rawContent, promptNotesChars) || null,
      issues: gradeCard({front: atom.front, back, atomType: atom.atomType}, thresholds).issues.map(
        (issue) => issue.issue,
      ),
    });
    if (!result.ok) {
      failed += 1;
      const {kind, status, message} = result.error;
      if (errors.length < keptErrors) {
        errors.push({
          atomId: atom.id,
          kind,
          ...(status === undefined ? {} : {status}),
          message,
        });
      }
      if (isFatalRewriteError(result.error)) {
        stopped = `Gemini refused the request (HTTP ${status}); the rewrite step stopped: ${message}`;
        break;
      }
    } else {
      const rows = rewriteProposalRows({
        atom: {id: atom.id, atomType: atom.atomType, front: atom.front, back},
        detail,
        proposal: result.proposal,
        source: rewriter.source,
        batchId,
        thresholds,
        reason: (card, index, count) =>
          count > 1 ? `Split ${index + 1}/${count}: ${card.reason}` : card.reason,
      });
      // Saved per card as it arrives: an interrupted run keeps the answers already paid for.
      await insertReviewProposals(sql, rows, now);
      succeeded += 1;
      proposals += rows.length;
    }
    onProgress({type: 'advance', phase: 'Rewriting', done: attempted, total: candidates.length});
  }
  return {candidates: candidates.length, attempted, succeeded, proposals, failed, errors, stopped};
}
