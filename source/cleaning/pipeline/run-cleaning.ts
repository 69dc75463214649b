import type {Rewriter} from '../../ai/gemini-rewriter.js';
import {
  type AtomCleaningUpdate,
  type AtomGradeUpdate,
  countPendingReviews,
  findMergeProposedAtomIds,
  findPendingReviewAtomIds,
  insertReviewProposals,
  mergePendingTrigrams,
  readCleaningAtoms,
  updateAtomCleaning,
} from '../../db/cleaning-rows.js';
import type {Database} from '../../db/connection.js';
import {withSyncLock} from '../../db/sync-lock.js';
import {completeSyncRun, failSyncRun, startSyncRun} from '../../db/sync-log.js';
import {ignoreProgress, type ProgressListener} from '../../progress/progress-events.js';
import {type CleaningThresholds, DEFAULT_THRESHOLDS} from '../thresholds.js';
import type {CleaningReport} from './cleaning-report.js';
import {findExactDuplicates, planDedupe} from './dedupe-step.js';
import {planGrades} from './grade-step.js';
import {findNearPairs, planNearPass, storeNearPairs} from './near-pass.js';
import {type NormalisePlan, planNormalisation} from './normalise-step.js';
import {runRewriteStep, selectRewriteCandidates} from './rewrite-step.js';

/** Options for {@link runCleaning}. */
export interface CleaningOptions {
  readonly now: Date;
  readonly thresholds?: CleaningThresholds;
  /** Trigram similarity (0–1) from which two fronts count as near duplicates; default 0.85. */
  readonly nearThreshold?: number;
  /** Ask for rewrites; in a dry run only the candidates are counted (rewriter may be null). */
  readonly rewrite?: {readonly rewriter: Rewriter | null; readonly limit: number};
  /** Compute and report everything, write nothing (not even sync_log). */
  readonly dryRun?: boolean;
  readonly onProgress?: ProgressListener;
}

/** Default near-duplicate threshold. */
export const NEAR_DUPLICATE_THRESHOLD = 0.85;

/**
 * Grades, normalises and de-duplicates every live atom, then (with `rewrite`) queues Gemini
 * rewrites for review. A real run holds the sync lock and records one `cleaning` sync_log row.
 */
export async function runCleaning(db: Database, options: CleaningOptions): Promise<CleaningReport> {
  if (options.dryRun) return (await clean(db, options, null)).report;
  return withSyncLock(db, async () => {
    const runId = await startSyncRun(db.sql, 'cleaning', {rewrite: Boolean(options.rewrite)});
    try {
      const {report, nearPairs} = await clean(db, options, runId);
      await completeSyncRun(
        db.sql,
        runId,
        {
          processed: report.atoms,
          updated: report.changes.regraded + report.changes.normalized,
          added: report.duplicates.proposals + (report.rewrite?.proposals ?? 0),
        },
        {...report, runId: undefined, nearPairs},
      );
      return report;
    } catch (error) {
      await failSyncRun(db.sql, runId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  });
}

/** One update per atom: its new front and/or its new grade. */
function mergeCleaningUpdates(
  fronts: NormalisePlan['updates'],
  grades: readonly AtomGradeUpdate[],
): AtomCleaningUpdate[] {
  const byId = new Map<string, AtomCleaningUpdate>();
  for (const {id, front, steps} of fronts) byId.set(id, {id, front, steps, grade: null});
  for (const {id, ...grade} of grades) {
    const entry = byId.get(id);
    if (entry) entry.grade = grade;
    else byId.set(id, {id, front: null, steps: null, grade});
  }
  return [...byId.values()];
}

async function clean(
  db: Database,
  options: CleaningOptions,
  runId: string | null,
): Promise<{report: CleaningReport; nearPairs: ReturnType<typeof storeNearPairs>}> {
  const started = performance.now();
  const {now, rewrite} = options;
  const dryRun = runId === null;
  const onProgress = options.onProgress ?? ignoreProgress;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const batchId = runId ?? 'dry-run';

  const nearThreshold = options.nearThreshold ?? NEAR_DUPLICATE_THRESHOLD;
  const nearPlan = await planNearPass(db.sql, nearThreshold);
  onProgress({type: 'phase', phase: 'Reading atoms'});
  const rows = await readCleaningAtoms(db.sql);
  onProgress({type: 'phase', phase: 'Grading', total: rows.length});
  const normalised = planNormalisation(rows);
  const grades = planGrades(rows, normalised.fronts, thresholds);
  onProgress({type: 'advance', phase: 'Grading', done: rows.length, total: rows.length});
  // The database stores the grades while the near-duplicate join runs here: on 2 cores the two
  // overlap almost fully (the join pauses every few milliseconds so the writes keep flowing).
  const writing = dryRun
    ? Promise.resolve({atoms: 0, logged: 0, pendingTrigrams: false})
    : db.sql.begin((tx) =>
        updateAtomCleaning(tx, mergeCleaningUpdates(normalised.updates, grades.updates), now),
      );
  // Awaited below; this only keeps a failed write from counting as unhandled meanwhile.
  writing.catch(() => {});

  onProgress({
    type: 'phase',
    phase: dryRun ? 'Finding duplicates' : 'Saving and finding duplicates',
  });
  const exact = await findExactDuplicates(grades.graded);
  // The pairs are judged on the fronts as stored: normalised above, except in a dry run.
  const near = await findNearPairs(
    db.sql,
    grades.graded.map((atom) => ({
      id: atom.row.id,
      group: atom.row.atom_type,
      text: dryRun ? atom.row.front : atom.front,
    })),
    nearPlan,
    {threshold: nearThreshold, written: writing},
  );
  const written = await writing;
  // After a bulk write the trigram index merges its pending entries while the rest goes on.
  const merging = written.pendingTrigrams ? mergePendingTrigrams(db.sql) : Promise.resolve();
  merging.catch(() => {});
  const proposed = await findMergeProposedAtomIds(db.sql);
  const dedupe = planDedupe(grades.graded, exact, near.pairs, proposed, batchId);
  if (!dryRun) await insertReviewProposals(db.sql, dedupe.proposals, now);

  let rewriteSummary: CleaningReport['rewrite'] = null;
  if (rewrite) {
    const excluded = await findPendingReviewAtomIds(db.sql);
    for (const proposal of dedupe.proposals) excluded.add(proposal.original_atom_id);
    const candidates = selectRewriteCandidates(grades.graded, excluded, rewrite.limit);
    if (dryRun || rewrite.rewriter === null) {
      if (!dryRun) throw new Error('runCleaning: a real rewrite run needs a rewriter');
      rewriteSummary = {
        candidates: candidates.length,
        attempted: 0,
        succeeded: 0,
        proposals: 0,
        failed: 0,
        errors: [],
        stopped: null,
      };
    } else {
      rewriteSummary = await runRewriteStep(db.sql, candidates, {
        rewriter: rewrite.rewriter,
        batchId,
        thresholds,
        now,
        onProgress,
      });
      if (rewriteSummary.stopped)
        onProgress({type: 'message', level: 'warn', text: rewriteSummary.stopped});
    }
  }

  const pending = await countPendingReviews(db.sql);
  await merging;
  const report: CleaningReport = {
    dryRun,
    runId,
    batchId,
    atoms: rows.length,
    grades: grades.grades,
    atomicity: grades.atomicity,
    needsReview: grades.needsReview,
    changes: {
      regraded: grades.updates.length,
      normalized: normalised.updates.length,
      logged: written.logged,
    },
    duplicates: {
      groups: dedupe.groups.length,
      duplicates: dedupe.duplicates,
      proposals: dedupe.proposals.length,
      alreadyProposed: dedupe.alreadyProposed,
    },
    nearPass: near.summary,
    rewrite: rewriteSummary,
    pendingReviews: dryRun ? pending + dedupe.proposals.length : pending,
    seconds: (performance.now() - started) / 1000,
  };
  return {report, nearPairs: storeNearPairs(near.pairs, nearThreshold)};
}
