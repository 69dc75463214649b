import type {AtomGradeUpdate, CleaningAtomRow} from '../../db/cleaning-rows.js';
import {type AtomicityStatus, type Grade, type GradeReport, gradeCard} from '../grade-card.js';
import type {CleaningThresholds} from '../thresholds.js';

/** A live atom with its (normalised) front and the grade it earns (without the issue texts). */
export interface GradedAtom {
  readonly row: CleaningAtomRow;
  readonly front: string;
  readonly report: GradeReport;
}

/** Grade counts and the writes (each logged) needed to store the grades. */
export interface GradePlan {
  readonly graded: GradedAtom[];
  readonly updates: AtomGradeUpdate[];
  readonly grades: Record<Grade, number>;
  readonly atomicity: Record<AtomicityStatus, number>;
  readonly needsReview: number;
}

function unchanged(row: CleaningAtomRow, report: GradeReport): boolean {
  // quality_score is numeric(3,2): compare in hundredths so float noise never counts as a change.
  return (
    row.quality_score !== null &&
    Math.round(row.quality_score * 100) === Math.round(report.qualityScore * 100) &&
    row.is_atomic === report.isAtomic &&
    row.front_word_count === report.frontWordCount &&
    row.back_word_count === report.backWordCount &&
    row.atomicity_status === report.atomicityStatus &&
    row.needs_review === report.needsReview
  );
}

/**
 * Grades every atom on the front it will have after normalisation (so a second run finds
 * nothing to change) and plans writes only for atoms whose stored values differ.
 */
export function planGrades(
  rows: readonly CleaningAtomRow[],
  fronts: readonly string[],
  thresholds: CleaningThresholds,
): GradePlan {
  const graded: GradedAtom[] = [];
  const updates: AtomGradeUpdate[] = [];
  const grades: Record<Grade, number> = {A: 0, B: 0, C: 0, D: 0, F: 0};
  const atomicity: Record<AtomicityStatus, number> = {atomic: 0, verbose: 0, needs_split: 0};
  let needsReview = 0;
  rows.forEach((row, index) => {
    const front = fronts[index] ?? row.front;
    const report = gradeCard({front, back: row.back, atomType: row.atom_type}, thresholds);
    // The issue texts are left out: at 100,000 atoms they are tens of megabytes, and only the few
    // rewrite candidates need them (the rewrite step grades those again).
    graded.push({row, front, report: {...report, issues: []}});
    grades[report.grade] += 1;
    atomicity[report.atomicityStatus] += 1;
    if (report.needsReview) needsReview += 1;
    if (unchanged(row, report)) return;
    updates.push({
      id: row.id,
      qualityScore: report.qualityScore,
      isAtomic: report.isAtomic,
      frontWordCount: report.frontWordCount,
      backWordCount: report.backWordCount,
      atomicityStatus: report.atomicityStatus,
      needsReview: report.needsReview,
      grade: report.grade,
      issues: report.issues.map((issue) => issue.rule),
    });
  });
  return {graded, updates, grades, atomicity, needsReview};
}
