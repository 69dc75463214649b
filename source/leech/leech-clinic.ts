import {randomUUID} from 'node:crypto';
import type {Rewriter} from '../ai/gemini-rewriter.js';
import {rewriteProposalRows} from '../cleaning/pipeline/proposal-rows.js';
import {DEFAULT_THRESHOLDS} from '../cleaning/thresholds.js';
import {insertReviewProposals, readAtomDetails} from '../db/cleaning-rows.js';
import type {Database} from '../db/connection.js';
import type {LeechRow} from '../db/leech-rows.js';
import type {ProgressListener} from '../progress/progress-events.js';
import {leechHistory} from './leech-history.js';

/** What sending leeches to the rewrite queue did. */
export interface LeechRewriteResult {
  attempted: number;
  proposals: number;
  failed: number;
  /** Leeches left out because a rewrite of them already waits for review. */
  alreadyPending: number;
}

/**
 * Asks the rewriter for an easier version of each leech, its review history in the prompt
 * ("forgotten 6 times; last three answers Again, Hard, Again"), and queues the proposals for
 * review against the leech's own atom, so approving keeps its note id and with it its history.
 */
export async function rewriteLeeches(
  db: Database,
  rewriter: Rewriter,
  leeches: readonly LeechRow[],
  options: {now: Date; limit: number; onProgress: ProgressListener},
): Promise<LeechRewriteResult> {
  const chosen = leeches.filter((leech) => !leech.hasPendingReview).slice(0, options.limit);
  const details = await readAtomDetails(
    db.sql,
    chosen.map((leech) => leech.atomId),
  );
  const batchId = randomUUID();
  let proposals = 0;
  let failed = 0;
  options.onProgress({type: 'phase', phase: 'Rewriting leeches', total: chosen.length});
  for (const [index, leech] of chosen.entries()) {
    const history = leechHistory(leech);
    const result = await rewriter.rewrite({
      id: leech.atomId,
      front: leech.front,
      back: leech.back,
      atomType: leech.atomType,
      issues: [`leech in Anki: ${history}; make it easier to remember (one fact, a clearer cue)`],
    });
    if (result.ok) {
      const rows = rewriteProposalRows({
        atom: {id: leech.atomId, atomType: leech.atomType, front: leech.front, back: leech.back},
        detail: details.get(leech.atomId),
        proposal: result.proposal,
        source: rewriter.source,
        batchId,
        thresholds: DEFAULT_THRESHOLDS,
        reason: (card) => `Leech (${history}): ${card.reason}`,
      });
      await insertReviewProposals(db.sql, rows, options.now);
      proposals += rows.length;
    } else {
      failed += 1;
    }
    options.onProgress({
      type: 'advance',
      phase: 'Rewriting leeches',
      done: index + 1,
      total: chosen.length,
    });
  }
  return {
    attempted: chosen.length,
    proposals,
    failed,
    alreadyPending: leeches.filter((leech) => leech.hasPendingReview).length,
  };
}
