import type {Rewriter} from '../../ai/gemini-rewriter.js';
import {
  type CleaningWriteTotals,
  countPendingReviews,
  createCleaningWriter,
  findMergeProposedAtomIds,
  findPendingReviewAtomIds,
  insertReviewProposals,
  mergePendingTrigrams,
  type PageBounds,
  readAtomDetails,
  readCleaningPageBounds,
} from '../../db/cleaning-rows.js';
import type {Database} from '../../db/connection.js';
import {withSyncLock} from '../../db/sync-lock.js';
import {completeSyncRun, failSyncRun, startSyncRun} from '../../db/sync-log.js';
import {ignoreProgress, type ProgressListener} from '../../progress/progress-events.js';
import {type CleaningThresholds, DEFAULT_THRESHOLDS} from '../thresholds.js';
import type {CleaningReport} from './cleaning-report.js';
import {
  type DedupePlan,
  findExactDuplicates,
  mergeDetailIds,
  mergeProposals,
  planDedupe,
} from './dedupe-step.js';
import {defaultPageSize, gradeInPages} from './grade-pages.js';
import {type CleanedAtom, createGradeTally, type GradeTally} from './grade-step.js';
import {findNearPairs, type NearPassSummary, planNearPass, storeNearPairs} from './near-pass.js';
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
  /** Atoms read, graded and written at a time (default 10,000). */
  readonly pageSize?: number;
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

// Reads and grades every atom; a real run writes each page as soon as it is graded, in one
// transaction. `atoms` settles once grading is done, `written` once the writes are committed.
function gradeAndWrite(
  db: Database,
  options: {
    now: Date;
    thresholds: CleaningThresholds;
    dryRun: boolean;
    tally: GradeTally;
    pages: readonly PageBounds[];
  },
  onPage: (graded: number) => void,
): {atoms: Promise<CleanedAtom[]>; written: Promise<CleaningWriteTotals>} {
  const {now, ...grading} = options;
  const paging = {
    ...grading,
    onPage,
    // A server reads on its own pooled connection, never queued behind the writes, so it need
    // not ask for every page up front (the rows would all sit in memory at once).
    ...(db.mode === 'server' ? {readAhead: 1} : {}),
  };
  if (options.dryRun) {
    const atoms = gradeInPages(db.sql, {...paging, write: () => {}});
    return {atoms, written: atoms.then(() => ({atoms: 0, logged: 0, pendingTrigrams: false}))};
  }
  // (Promise.withResolvers needs Node 22; nls supports Node 20.)
  let resolveAtoms: (atoms: CleanedAtom[]) => void = () => {};
  let rejectAtoms: (error: unknown) => void = () => {};
  const atoms = new Promise<CleanedAtom[]>((resolve, reject) => {
    resolveAtoms = resolve;
    rejectAtoms = reject;
  });
  const written = db.sql.begin(async (tx) => {
    const writer = createCleaningWriter(tx, now);
    await writer.prepare();
    const reader = db.mode === 'server' ? db.sql : tx;
    resolveAtoms(await gradeInPages(reader, {...paging, write: writer.write}));
    return writer.finish();
  });
  // A failure before grading ends rejects both; the catch keeps `written` from counting as
  // unhandled until the caller awaits it.
  written.catch(rejectAtoms);
  return {atoms, written};
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
  const {pages, total} = await readCleaningPageBounds(db.sql, options.pageSize ?? defaultPageSize);
  const phase = dryRun ? 'Grading' : 'Grading and saving';
  onProgress({type: 'phase', phase, total});
  const tally = createGradeTally();
  const grading = gradeAndWrite(db, {now, thresholds, dryRun, tally, pages}, (done) =>
    onProgress({type: 'advance', phase, done, total}),
  );
  const atoms = await grading.atoms;
  onProgress({
    type: 'phase',
    phase: dryRun ? 'Finding duplicates' : 'Saving and finding duplicates',
  });
  // The database stores the last pages while the duplicates are sought here: on 2 cores the two
  // overlap almost fully (the join pauses every few milliseconds so the writes keep flowing).
  const exact = await findExactDuplicates(atoms);
  // The pairs are judged on the fronts as stored: normalised, except in a dry run.
  const near = await findNearPairs(
    db.sql,
    atoms.map((atom) => ({id: atom.id, group: atom.atomType, text: atom.storedPlain})),
    nearPlan,
    {threshold: nearThreshold, written: grading.written},
  );
  const written = await grading.written;
  // After a bulk write the trigram index merges its pending entries while the rest goes on.
  const merging = written.pendingTrigrams ? mergePendingTrigrams(db.sql) : Promise.resolve();
  merging.catch(() => {});
  const proposed = await findMergeProposedAtomIds(db.sql);
  const dedupe = planDedupe(atoms, exact, near.pairs, proposed);
  if (!dryRun && dedupe.merges.length > 0) {
    const details = await readAtomDetails(db.sql, mergeDetailIds(dedupe.merges));
    await insertReviewProposals(db.sql, mergeProposals(dedupe.merges, details, batchId), now);
  }

  const rewriteSummary = rewrite
    ? await rewriteCandidates(db, atoms, dedupe, {
        rewrite,
        dryRun,
        batchId,
        thresholds,
        now,
        onProgress,
      })
    : null;

  const pendingNow = await countPendingReviews(db.sql);
  // A dry run proposes nothing, so it counts the merges it would have queued.
  const pending = dryRun ? pendingNow + dedupe.merges.length : pendingNow;
  await merging;
  const report = cleaningReport({
    runId,
    batchId,
    tally,
    written,
    dedupe,
    near,
    pending,
    rewrite: rewriteSummary,
    started,
  });
  return {report, nearPairs: storeNearPairs(near.pairs, nearThreshold)};
}

/** What the rewrite step needs from the run. */
interface RewriteRun {
  readonly rewrite: NonNullable<CleaningOptions['rewrite']>;
  readonly dryRun: boolean;
  readonly batchId: string;
  readonly thresholds: CleaningThresholds;
  readonly now: Date;
  readonly onProgress: ProgressListener;
}

// Atoms already waiting for review, or about to be merged away, are not sent for a rewrite. A dry
// run only counts the candidates.
async function rewriteCandidates(
  db: Database,
  atoms: readonly CleanedAtom[],
  dedupe: DedupePlan,
  run: RewriteRun,
): Promise<CleaningReport['rewrite']> {
  const {rewrite, dryRun} = run;
  const excluded = await findPendingReviewAtomIds(db.sql);
  for (const {duplicate} of dedupe.merges) excluded.add(duplicate.id);
  const candidates = selectRewriteCandidates(atoms, excluded, rewrite.limit);
  if (dryRun || rewrite.rewriter === null) {
    if (!dryRun) throw new Error('runCleaning: a real rewrite run needs a rewriter');
    return {
      candidates: candidates.length,
      attempted: 0,
      succeeded: 0,
      proposals: 0,
      failed: 0,
      errors: [],
      stopped: null,
    };
  }
  const summary = await runRewriteStep(db.sql, candidates, {
    rewriter: rewrite.rewriter,
    batchId: run.batchId,
    thresholds: run.thresholds,
    now: run.now,
    onProgress: run.onProgress,
  });
  if (summary.stopped) run.onProgress({type: 'message', level: 'warn', text: summary.stopped});
  return summary;
}

/** What a cleaning run gathered, for its report. */
interface RunCounts {
  readonly runId: string | null;
  readonly batchId: string;
  readonly tally: GradeTally;
  readonly written: CleaningWriteTotals;
  readonly dedupe: DedupePlan;
  readonly near: {readonly summary: NearPassSummary};
  readonly rewrite: CleaningReport['rewrite'];
  readonly pending: number;
  /** performance.now() when the run began. */
  readonly started: number;
}

/** The report of one run. */
function cleaningReport(counts: RunCounts): CleaningReport {
  const {runId, tally, written, dedupe} = counts;
  return {
    dryRun: runId === null,
    runId,
    batchId: counts.batchId,
    atoms: tally.atoms,
    grades: tally.grades,
    atomicity: tally.atomicity,
    needsReview: tally.needsReview,
    changes: {
      regraded: tally.regraded,
      normalized: tally.normalized,
      logged: written.logged,
    },
    duplicates: {
      groups: dedupe.groups.length,
      duplicates: dedupe.duplicates,
      proposals: dedupe.merges.length,
      alreadyProposed: dedupe.alreadyProposed,
    },
    nearPass: counts.near.summary,
    rewrite: counts.rewrite,
    pendingReviews: counts.pending,
    seconds: (performance.now() - counts.started) / 1000,
  };
}
