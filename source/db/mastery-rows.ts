import type {Sql} from './sql-client.js';

/** One atom's memory inputs for concept mastery (Anki FSRS state and/or quiz FSRS state). */
export interface MasteryInputRow {
  concept_id: string;
  atom_type: string;
  anki_stability: number | null;
  anki_last_review_at: Date | null;
  quiz_state: number | null;
  quiz_stability: number | null;
  quiz_difficulty: number | null;
  quiz_due: Date | null;
  quiz_last_review: Date | null;
  quiz_reps: number | null;
  quiz_lapses: number | null;
  quiz_elapsed_days: number | null;
  quiz_scheduled_days: number | null;
  quiz_learning_steps: number | null;
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
  return sql<MasteryInputRow[]>`
    select a.concept_id, a.atom_type, a.anki_stability, a.anki_last_review_at,
           q.state as quiz_state, q.stability as quiz_stability, q.difficulty as quiz_difficulty,
           q.due as quiz_due, q.last_review as quiz_last_review, q.reps as quiz_reps,
           q.lapses as quiz_lapses, q.elapsed_days as quiz_elapsed_days,
           q.scheduled_days as quiz_scheduled_days, q.learning_steps as quiz_learning_steps
    from learning_atoms a
    left join quiz_schedule q on q.atom_id = a.id
    where a.concept_id is not null and a.removed_at is null`;
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
