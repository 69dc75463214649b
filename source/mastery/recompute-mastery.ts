import type {ConceptMasteryUpdate, MasteryInputRow} from '../db/mastery-rows.js';
import {readMasteryInputs, writeConceptMastery} from '../db/mastery-rows.js';
import type {Sql} from '../db/sql-client.js';
import {retrievability, scheduleFromColumns} from '../quiz/schedule.js';
import {ankiRetrievability} from './anki-retrievability.js';
import {computeConceptMastery, type MasteryAtom} from './concept-mastery.js';

function atomRecall(row: MasteryInputRow, now: Date): number | null {
  const schedule = scheduleFromColumns({
    state: row.quiz_state,
    stability: row.quiz_stability,
    difficulty: row.quiz_difficulty,
    due: row.quiz_due,
    lastReview: row.quiz_last_review,
    reps: row.quiz_reps,
    lapses: row.quiz_lapses,
    elapsedDays: row.quiz_elapsed_days,
    scheduledDays: row.quiz_scheduled_days,
    learningSteps: row.quiz_learning_steps,
  });
  if (schedule) return retrievability(schedule, now);
  return ankiRetrievability(
    {stability: row.anki_stability, lastReviewAt: row.anki_last_review_at},
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
    const entry = byConcept.get(row.concept_id) ?? {atoms: [], reviewed: null};
    entry.atoms.push({atomType: row.atom_type, retrievability: atomRecall(row, now)});
    entry.reviewed = latest(entry.reviewed, latest(row.anki_last_review_at, row.quiz_last_review));
    byConcept.set(row.concept_id, entry);
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
