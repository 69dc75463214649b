import {quizAtomTypes} from '../atom-types.js';
import type {Sql} from './sql-client.js';

/** Which part of the curriculum a plan covers. */
export interface PlanScope {
  kind: 'track' | 'module' | 'concept';
  name: string;
}

/** An Anki card or quiz item in scope, with its memory state (null when never studied). */
export interface PlanItemRow {
  atomId: string;
  kind: 'anki' | 'quiz';
  ankiCardId: number | null;
  stability: number | null;
  /** FSRS difficulty D, 1–10. */
  difficulty: number | null;
  lastReviewAt: Date | null;
}

interface RawRow {
  id: string;
  anki_card_id: string | null;
  is_quiz: boolean;
  stability: number | null;
  difficulty: number | null;
  last_review: Date | null;
}

/**
 * Live atoms in scope that are Anki cards (pushed, with Anki's replayed state; difficulty stored
 * 0–1 comes back on FSRS's 1–10 scale) or quiz items (their own FSRS state).
 */
export async function findPlanItems(sql: Sql, scope: PlanScope | null): Promise<PlanItemRow[]> {
  const kind = scope?.kind ?? null;
  const name = scope?.name ?? '';
  const rows = await sql<RawRow[]>`
    select a.id::text as id, a.anki_card_id::text as anki_card_id,
           a.atom_type = any(${[...quizAtomTypes]}::text[]) as is_quiz,
           case when a.anki_card_id is not null then a.anki_stability::float8
                when q.last_review is not null then q.stability end as stability,
           case when a.anki_card_id is not null then 1 + 9 * a.anki_difficulty::float8
                when q.last_review is not null then q.difficulty end as difficulty,
           case when a.anki_card_id is not null then a.anki_last_review_at
                else q.last_review end as last_review
    from learning_atoms a
    left join quiz_schedule q on q.atom_id = a.id
    left join learning_modules m on m.id = a.module_id
    left join clean_tracks t on t.id = m.track_id
    left join concepts c on c.id = a.concept_id
    where a.removed_at is null
      and (a.anki_card_id is not null or a.atom_type = any(${[...quizAtomTypes]}::text[]))
      and (${kind}::text is null
        or (${kind} = 'track' and lower(btrim(t.name)) = lower(btrim(${name})))
        or (${kind} = 'module' and lower(btrim(m.name)) = lower(btrim(${name})))
        or (${kind} = 'concept' and lower(btrim(c.name)) = lower(btrim(${name}))))
    order by a.id`;
  return rows.map((row) => ({
    atomId: row.id,
    kind: row.anki_card_id !== null ? 'anki' : 'quiz',
    ankiCardId: row.anki_card_id === null ? null : Number(row.anki_card_id),
    stability: row.stability === null || row.stability <= 0 ? null : row.stability,
    difficulty: row.stability === null ? null : row.difficulty,
    lastReviewAt: row.last_review,
  }));
}

/** The median time of one answer in Anki's stored log, seconds; null without answers. */
export async function medianReviewSeconds(sql: Sql): Promise<number | null> {
  const [row] = await sql<[{median: number | null}?]>`
    select percentile_cont(0.5) within group (order by taken_ms)::float8 / 1000 as median
    from anki_revlog where ease between 1 and 4 and taken_ms > 0`;
  return row?.median ?? null;
}

/** Moves quiz items' due times (the plan's days); returns how many rows changed. */
export async function moveQuizDue(
  sql: Sql,
  moves: ReadonlyArray<{atomId: string; due: Date}>,
): Promise<number> {
  if (moves.length === 0) return 0;
  const result = await sql`
    update quiz_schedule s set due = u.due, updated_at = now()
    from unnest(${moves.map((m) => m.atomId)}::uuid[],
                ${moves.map((m) => m.due.toISOString())}::timestamptz[]) as u(atom_id, due)
    where s.atom_id = u.atom_id`;
  return result.count;
}

/** The exam a learner plans toward, as `nls plan --exam` last set it. */
export interface StoredExam {
  /** yyyy-mm-dd. */
  examDate: string;
  scope: PlanScope | null;
  target: number;
  minutes: number | null;
}

/** Remembers the exam (replacing the one before). */
export async function saveExam(sql: Sql, exam: StoredExam): Promise<void> {
  await sql`
    insert into exam_plan (id, exam_date, scope_kind, scope_name, target, minutes_per_day, set_at)
    values (1, ${exam.examDate}, ${exam.scope?.kind ?? null}, ${exam.scope?.name ?? null},
            ${exam.target}, ${exam.minutes}, now())
    on conflict (id) do update set exam_date = excluded.exam_date,
      scope_kind = excluded.scope_kind, scope_name = excluded.scope_name,
      target = excluded.target, minutes_per_day = excluded.minutes_per_day, set_at = now()`;
}

/** The stored exam, if one was set. */
export async function findExam(sql: Sql): Promise<StoredExam | undefined> {
  const [row] = await sql<
    [
      {
        exam_date: string;
        scope_kind: PlanScope['kind'] | null;
        scope_name: string | null;
        target: number;
        minutes_per_day: number | null;
      }?,
    ]
  >`select exam_date::text as exam_date, scope_kind, scope_name, target, minutes_per_day
    from exam_plan where id = 1`;
  if (row === undefined) return undefined;
  return {
    examDate: row.exam_date,
    scope: row.scope_kind === null ? null : {kind: row.scope_kind, name: row.scope_name ?? ''},
    target: row.target,
    minutes: row.minutes_per_day,
  };
}

/** A studied atom's memory state with its concept, for predicted recall per concept. */
export interface ConceptRecallInput {
  conceptId: string;
  stability: number;
  lastReviewAt: Date;
}

/** Studied atoms (Anki replay or quiz schedule) of live concepts, with their memory state. */
export async function findConceptRecallInputs(sql: Sql): Promise<ConceptRecallInput[]> {
  const rows = await sql<{concept_id: string; stability: number; last_review: Date}[]>`
    select a.concept_id::text as concept_id,
           coalesce(case when a.anki_card_id is not null then a.anki_stability::float8 end,
                    q.stability) as stability,
           coalesce(case when a.anki_card_id is not null then a.anki_last_review_at end,
                    q.last_review) as last_review
    from learning_atoms a
    left join quiz_schedule q on q.atom_id = a.id
    where a.removed_at is null and a.concept_id is not null`;
  return rows
    .filter((row) => row.stability !== null && row.stability > 0 && row.last_review !== null)
    .map((row) => ({
      conceptId: row.concept_id,
      stability: row.stability,
      lastReviewAt: row.last_review,
    }));
}
