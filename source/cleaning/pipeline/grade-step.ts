import type {AtomCleaningUpdate, CleaningAtomRow} from '../../db/cleaning-rows.js';
import {markdownToPlain} from '../../text/markdown-plain.js';
import {
  type AtomicityStatus,
  type Grade,
  type GradeReport,
  gradeCard,
  gradeColumns,
} from '../grade-card.js';
import {type NormalizedFront, normalizeFront} from '../normalize-front.js';
import {type CleaningThresholds, DEFAULT_THRESHOLDS} from '../thresholds.js';

/**
 * What a run keeps of each atom once it is graded: enough to compare, de-duplicate and pick
 * rewrite candidates. The back and the rest are read again only for the atoms proposed.
 */
export interface CleanedAtom {
  readonly id: string;
  readonly atomType: string;
  /** The front after normalisation. */
  readonly front: string;
  /** The front as stored once the run's writes land (the original one in a dry run). */
  readonly storedFront: string;
  /** The plain projection of `storedFront` (what near duplicates are judged on). */
  readonly storedPlain: string;
  readonly score: number;
  readonly grade: Grade;
  readonly qualityScore: number;
  readonly atomicityStatus: AtomicityStatus;
  readonly needsReview: boolean;
  readonly ankiLinked: boolean;
  /** created_at in epoch milliseconds. */
  readonly createdAt: number;
  /** The CardID from Notion (stable across syncs, unlike the row's uuid). */
  readonly cardId: string | null;
}

/** Grade counts over every page graded so far. */
export interface GradeTally {
  atoms: number;
  regraded: number;
  normalized: number;
  readonly grades: Record<Grade, number>;
  readonly atomicity: Record<AtomicityStatus, number>;
  needsReview: number;
}

/** An empty tally. */
export function createGradeTally(): GradeTally {
  return {
    atoms: 0,
    regraded: 0,
    normalized: 0,
    grades: {A: 0, B: 0, C: 0, D: 0, F: 0},
    atomicity: {atomic: 0, verbose: 0, needs_split: 0},
    needsReview: 0,
  };
}

/** What a cleaning run makes of one card: its normalised front, that front's grade and plain text. */
export interface CleanedCard {
  readonly normalised: NormalizedFront;
  readonly report: GradeReport;
  /** The plain projection of the normalised front. */
  readonly plain: string;
  /** What `front_plain` stores: the plain projection, or null where it equals the front. */
  readonly frontPlain: string | null;
}

/**
 * Normalises a card's front and grades the result, as a run stores it; the demo seeds its cards
 * through this too, so a first run on them finds nothing to change.
 */
export function cleanCard(
  card: {readonly front: string; readonly back: string | null; readonly atomType: string},
  thresholds: CleaningThresholds = DEFAULT_THRESHOLDS,
): CleanedCard {
  const normalised = normalizeFront(card.front, card.atomType);
  const front = normalised.front;
  const report = gradeCard({front, back: card.back, atomType: card.atomType}, thresholds);
  const plain = markdownToPlain(front);
  return {normalised, report, plain, frontPlain: plain === front ? null : plain};
}

function unchanged(row: CleaningAtomRow, report: GradeReport): boolean {
  // quality_score is numeric(3,2): compare in hundredths so float noise never counts as a change.
  return (
    row.qualityScore !== null &&
    Math.round(row.qualityScore * 100) === Math.round(report.qualityScore * 100) &&
    row.isAtomic === report.isAtomic &&
    row.frontWordCount === report.frontWordCount &&
    row.backWordCount === report.backWordCount &&
    row.atomicityStatus === report.atomicityStatus &&
    row.needsReview === report.needsReview
  );
}

/**
 * Normalises and grades one page of atoms. Each atom is graded on the front it will have after
 * normalisation (so a second run finds nothing to change), and only atoms whose stored values
 * differ get an update.
 */
export function gradePage(
  rows: readonly CleaningAtomRow[],
  thresholds: CleaningThresholds,
  options: {readonly dryRun: boolean; readonly tally: GradeTally},
): {atoms: CleanedAtom[]; updates: AtomCleaningUpdate[]} {
  const {tally} = options;
  const atoms: CleanedAtom[] = [];
  const updates: AtomCleaningUpdate[] = [];
  for (const row of rows) {
    const {normalised, report, plain, frontPlain} = cleanCard(row, thresholds);
    const front = normalised.front;
    const storedFront = options.dryRun ? row.front : front;
    atoms.push({
      id: row.id,
      atomType: row.atomType,
      front,
      storedFront,
      storedPlain: options.dryRun ? (row.frontPlain ?? row.front) : plain,
      score: report.score0to100,
      grade: report.grade,
      qualityScore: report.qualityScore,
      atomicityStatus: report.atomicityStatus,
      needsReview: report.needsReview,
      ankiLinked: row.ankiLinked,
      createdAt: row.createdAt.getTime(),
      cardId: row.cardId,
    });
    tally.atoms += 1;
    tally.grades[report.grade] += 1;
    tally.atomicity[report.atomicityStatus] += 1;
    if (report.needsReview) tally.needsReview += 1;
    const regrade = !unchanged(row, report);
    const plainChanged = normalised.changed || frontPlain !== row.frontPlain;
    if (!regrade && !plainChanged) continue;
    if (normalised.changed) tally.normalized += 1;
    if (regrade) tally.regraded += 1;
    updates.push({
      id: row.id,
      front: normalised.changed ? front : null,
      steps: normalised.changed ? normalised.steps : null,
      grade: regrade
        ? {
            ...gradeColumns(report),
            grade: report.grade,
            issues: report.issues.map((issue) => issue.rule),
          }
        : null,
      ...(plainChanged ? {frontPlain} : {}),
    });
  }
  return {atoms, updates};
}
