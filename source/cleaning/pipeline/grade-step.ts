import type {AtomGradeUpdate, CleaningAtomRow, CleaningLogEntry} from '../../db/cleaning-rows.js';
import {type AtomicityStatus, type Grade, type GradeReport, gradeCard} from '../grade-card.js';
import type {CleaningThresholds} from '../thresholds.js';

/** A live atom with its (normalised) front and the grade it earns. */
export interface GradedAtom {
  readonly row: CleaningAtomRow;
  readonly front: string;
  readonly report: GradeReport;
}

/** Grade counts and the writes needed to store the grades. */
export interface GradePlan {
  readonly graded: GradedAtom[];
  readonly updates: AtomGradeUpdate[];
  readonly logs: CleaningLogEntry[];
  readonly grades: Record<Grade, number>;
  readonly atomicity: Record<AtomicityStatus, number>;
  readonly needsReview: number;
}

function storedColumns(row: CleaningAtomRow) {
  return {
    quality_score: row.quality_score,
    is_atomic: row.is_atomic,
    front_word_count: row.front_word_count,
    back_word_count: row.back_word_count,
    atomicity_status: row.atomicity_status,
    needs_review: row.needs_review,
  };
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
  const logs: CleaningLogEntry[] = [];
  const grades: Record<Grade, number> = {A: 0, B: 0, C: 0, D: 0, F: 0};
  const atomicity: Record<AtomicityStatus, number> = {atomic: 0, verbose: 0, needs_split: 0};
  let needsReview = 0;
  rows.forEach((row, index) => {
    const front = fronts[index] ?? row.front;
    const report = gradeCard({front, back: row.back, atomType: row.atom_type}, thresholds);
    graded.push({row, front, report});
    grades[report.grade] += 1;
    atomicity[report.atomicityStatus] += 1;
    if (report.needsReview) needsReview += 1;
    if (unchanged(row, report)) return;
    const update: AtomGradeUpdate = {
      id: row.id,
      qualityScore: report.qualityScore,
      isAtomic: report.isAtomic,
      frontWordCount: report.frontWordCount,
      backWordCount: report.backWordCount,
      atomicityStatus: report.atomicityStatus,
      needsReview: report.needsReview,
    };
    updates.push(update);
    logs.push({
      atomId: row.id,
      operation: 'atomicity_check',
      oldValue: storedColumns(row),
      newValue: {
        quality_score: report.qualityScore,
        is_atomic: report.isAtomic,
        front_word_count: report.frontWordCount,
        back_word_count: report.backWordCount,
        atomicity_status: report.atomicityStatus,
        needs_review: report.needsReview,
        grade: report.grade,
        issues: report.issues.map((issue) => issue.rule),
      },
    });
  });
  return {graded, updates, logs, grades, atomicity, needsReview};
}
