import type {ConceptMasteryUpdate, MasteryInputRow} from '../db/mastery-rows.js';
import {readMasteryInputs, writeConceptMastery} from '../db/mastery-rows.js';
import type {Sql} from '../db/sql-client.js';
import {retrievability, scheduleFromColumns} from '../quiz/schedule.js';
import {ankiRetrievability} from './anki-retrievability.js';
import {computeConceptMastery, type MasteryAtom} from './concept-mastery.js';

function atomRecall(row: MasteryInputRow, now: Date): number | null {
  const schedule = scheduleFromColumns({
    state: row.quizState,
    stability: row.quizStability,
    difficulty: row.quizDifficulty,
    due: row.quizDue,
    lastReview: row.quizLastReview,
    reps: row.quizReps,
    lapses: row.quizLapses,
    elapsedDays: row.quizElapsedDays,
    scheduledDays: row.quizScheduledDays,
    learningSteps: row.quizLearningSteps,
  });
  if (schedule) return retrievability(schedule, now);
  return ankiRetrievability(
    {stability: row.ankiStability, lastReviewAt: row.ankiLastReviewAt},
    now,
  );
}

function latest(a: Date | null, b: Date | null): Date | null {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}

/** Computes every concept's mastery at `now` from pure rules (no I/O). */
export function masteryUpdates(
  rows: readonly MasteryInputRow[],
  now: Date,
): ConceptMasteryUpdate[] {
  const byConcept = new Map<string, {atoms: MasteryAtom[]; reviewed: Date | null}>();
  for (const row of rows) {
    const entry = byConcept.get(row.conceptId) ?? {atoms: [], reviewed: null};
    entry.atoms.push({atomType: row.atomType, retrievability: atomRecall(row, now)});
    entry.reviewed = latest(entry.reviewed, latest(row.ankiLastReviewAt, row.quizLastReview));
    byConcept.set(row.conceptId, entry);
  }
  return [...byConcept].map(([id, {atoms, reviewed}]) => {
    const mastery = computeConceptMastery(atoms);
    return {
      id,
      decScore: mastery.decScore,
      procScore: mastery.procScore,
      appScore: mastery.appScore,
      status: mastery.status,
      lastReviewedAt: reviewed,
    };
  });
}

/** Recomputes concept mastery from the database (after an Anki pull or a quiz session). */
export async function recomputeMastery(sql: Sql, now: Date): Promise<number> {
  return writeConceptMastery(sql, masteryUpdates(await readMasteryInputs(sql), now));
}
