import {findLeeches, type LeechRow} from '../db/leech-rows.js';
import {type LeechRewriteResult, rewriteLeeches} from '../leech/leech-clinic.js';
import {LEECH_DIFFICULTY, leechHistory} from '../leech/leech-history.js';
import {countNoun} from '../text/count-noun.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {JobContext, JobOutcome} from './job-outcome.js';
import {rewriterFor} from './rewriter-for.js';

/** Options of the leech clinic. */
export interface LeechJobOptions {
  /** Lapses that make a leech (default `config.anki.leechLapses`). */
  lapses?: number;
  /** Queue Gemini rewrites of the leeches for review. */
  rewrite?: boolean;
  /** At most this many rewrites (default 50). */
  limit?: number;
}

/** What the clinic reports: each leech with its history in words, and what rewriting did. */
export interface LeechSummary {
  leeches: (LeechRow & {history: string})[];
  rewrite: LeechRewriteResult | null;
}

/** Lists the cards the learner keeps forgetting and, with `rewrite`, queues easier versions. */
export async function leechJob(
  context: JobContext,
  options: LeechJobOptions = {},
): Promise<JobOutcome<LeechSummary>> {
  const {db, config} = context;
  const rewriter = rewriterFor(config, {
    wanted: options.rewrite === true,
    command: 'nls clean --leeches --rewrite',
    without: 'nls clean --leeches without --rewrite, to list them',
  });
  const lapses = options.lapses ?? config.anki.leechLapses;
  const leeches = await findLeeches(db.sql, {lapses, difficulty: LEECH_DIFFICULTY});
  const rewrite = rewriter
    ? await rewriteLeeches(db, rewriter, leeches, {
        now: context.now(),
        limit: options.limit ?? 50,
        onProgress: context.onProgress,
      })
    : null;
  const lines = [
    `${countNoun(leeches.length, 'leech', 'leeches')} (${lapses}+ lapses or difficulty above ${LEECH_DIFFICULTY}).`,
  ];
  for (const leech of leeches) {
    lines.push(`  ${sanitizeTerminalText(leech.cardKey)}: ${leechHistory(leech)}`);
    lines.push(`    ${sanitizeTerminalText(leech.front).slice(0, 100)}`);
  }
  if (rewrite) {
    lines.push(
      `Rewrites queued: ${rewrite.proposals} from ${countNoun(rewrite.attempted, 'leech', 'leeches')} (${rewrite.failed} failed, ${rewrite.alreadyPending} already waiting). Review them with nls review.`,
    );
  }
  return {
    summary: {leeches: leeches.map((l) => ({...l, history: leechHistory(l)})), rewrite},
    exitCode: rewrite !== null && rewrite.failed > 0 && rewrite.proposals === 0 ? 1 : 0,
    lines,
    warnings: [],
  };
}
