import {camelRows} from './camel-rows.js';
import type {Sql} from './sql-client.js';

/** One atom's memory inputs for concept mastery (Anki FSRS state and/or quiz FSRS state). */
export interface MasteryInputRow {
  conceptId: string;
  atomType: string;
  ankiStability: number | null;
  ankiLastReviewAt: Date | null;
  quizState: number | null;
  quizStability: number | null;
  quizDifficulty: number | null;
  quizDue: Date | null;
  quizLastReview: Date | null;
  quizReps: number | null;
  quizLapses: number | null;
  quizElapsedDays: number | null;
  quizScheduledDays: number | null;
  quizLearningSteps: number | null;
}

/** New mastery values of one concept. */
export interface ConceptMasteryUpdate {
  id: string;
  decScore: number | null;
  procScore: number | null;
  appScore: number | null;
  status: string;
  lastReviewedAt: Date | null;
}

/** Reads every live atom that belongs to a concept, with its Anki and quiz memory state. */
export function readMasteryInputs(sql: Sql): Promise<MasteryInputRow[]> {
  return sql`
    select a.concept_id, a.atom_type, a.anki_stability, a.anki_last_review_at,
           q.state as quiz_state, q.stability as quiz_stability, q.difficulty as quiz_difficulty,
           q.due as quiz_due, q.last_review as quiz_last_review, q.reps as quiz_reps,
           q.lapses as quiz_lapses, q.elapsed_days as quiz_elapsed_days,
           q.scheduled_days as quiz_scheduled_days, q.learning_steps as quiz_learning_steps
    from learning_atoms a
    left join quiz_schedule q on q.atom_id = a.id
    where a.concept_id is not null and a.removed_at is null`.then(camelRows<MasteryInputRow>);
}

/** Writes mastery scores and status in one statement; returns how many concepts changed. */
export async function writeConceptMastery(
  sql: Sql,
  updates: readonly ConceptMasteryUpdate[],
): Promise<number> {
  if (updates.length === 0) return 0;
  const result = await sql`
    update concepts c
    set dec_score = u.dec, proc_score = u.proc, app_score = u.app, status = u.status,
        last_reviewed_at = coalesce(u.reviewed, c.last_reviewed_at), updated_at = now()
    from unnest(
      ${updates.map((u) => u.id)}::uuid[],
      ${updates.map((u) => u.decScore) as number[]}::numeric[],
      ${updates.map((u) => u.procScore) as number[]}::numeric[],
      ${updates.map((u) => u.appScore) as number[]}::numeric[],
      ${updates.map((u) => u.status)}::text[],
      ${updates.map((u) => u.lastReviewedAt?.toISOString() ?? null) as string[]}::timestamptz[]
    ) as u(id, dec, proc, app, status, reviewed)
    where c.id = u.id
      and (c.dec_score is distinct from u.dec or c.proc_score is distinct from u.proc
        or c.app_score is distinct from u.app or c.status is distinct from u.status
        or c.last_reviewed_at is distinct from coalesce(u.reviewed, c.last_reviewed_at))`;
  return result.count;
}
