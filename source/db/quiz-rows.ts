import {quizAtomTypes} from '../atom-types.js';
import {camelRows, jsonText} from './camel-rows.js';
import type {Sql} from './sql-client.js';

/** Which part of the course a quiz is limited to (ids; several kinds are combined with AND). */
export interface QuizScopeFilter {
  conceptIds?: readonly string[];
  moduleIds?: readonly string[];
  clusterIds?: readonly string[];
}

/** The hierarchy level a scope name refers to. */
export type QuizScopeKind = 'concept' | 'module' | 'cluster';

/** A quiz atom with its concept and stored FSRS state (the `q_*` columns are null when new). */
export interface QuizCandidateRow {
  id: string;
  atomType: string;
  front: string;
  content: unknown;
  conceptId: string | null;
  conceptName: string | null;
  qState: number | null;
  qStability: number | null;
  qDifficulty: number | null;
  qDue: Date | null;
  qLastReview: Date | null;
  qReps: number | null;
  qLapses: number | null;
  qElapsedDays: number | null;
  qScheduledDays: number | null;
  qLearningSteps: number | null;
}

/** How many quiz atoms a scope holds, and when the next one comes due. */
export interface QuizScopeCounts {
  total: number;
  due: number;
  fresh: number;
  nextDue: Date | null;
}

/** The `quiz_attempts` and `quiz_schedule` values of one answer. */
export interface QuizAnswerRow {
  atomId: string;
  sessionId: string;
  answeredAt: Date;
  answer: unknown;
  score: number;
  rating: number;
  derivedRating: number;
  responseMs: number | null;
  revealed: boolean;
  schedule: {
    state: number;
    stability: number;
    difficulty: number;
    due: Date;
    lastReview: Date | null;
    reps: number;
    lapses: number;
    elapsedDays: number;
    scheduledDays: number;
    learningSteps: number;
  };
}

const scopeTables = {
  concept: 'concepts',
  module: 'learning_modules',
  cluster: 'clean_concept_clusters',
} as const satisfies Record<QuizScopeKind, string>;

/** Ids and names of live rows of a hierarchy level whose name equals `name`, ignoring case. */
export function findScopeRows(
  sql: Sql,
  kind: QuizScopeKind,
  name: string,
): Promise<{id: string; name: string}[]> {
  return sql<{id: string; name: string}[]>`
    select id, name from ${sql(scopeTables[kind])}
    where lower(btrim(name)) = lower(btrim(${name})) and removed_at is null
    order by name, id`;
}

/** Live rows of a hierarchy level whose name starts with `prefix`, ignoring case. */
export function findScopeRowsByPrefix(
  sql: Sql,
  kind: QuizScopeKind,
  prefix: string,
): Promise<{id: string; name: string}[]> {
  return sql<{id: string; name: string}[]>`
    select id, name from ${sql(scopeTables[kind])}
    where starts_with(lower(btrim(name)), lower(btrim(${prefix}))) and removed_at is null
    order by name, id`;
}

/** Up to `limit` live names of a hierarchy level close to `name` (substring or trigram). */
export async function findSimilarScopeNames(
  sql: Sql,
  kind: QuizScopeKind,
  name: string,
  limit = 5,
): Promise<string[]> {
  const rows = await sql<{name: string}[]>`
    select name from (
      select distinct name,
        similarity(lower(name), lower(${name})) as score,
        strpos(lower(name), lower(btrim(${name}))) > 0 as contains
      from ${sql(scopeTables[kind])}
      where removed_at is null
    ) candidates
    where contains or score > 0.2
    order by contains desc, score desc, name
    limit ${limit}`;
  return rows.map((row) => row.name);
}

function scopeCondition(sql: Sql, filter: QuizScopeFilter) {
  return sql`
    a.atom_type = any(${[...quizAtomTypes]}::text[])
    and a.content is not null and a.removed_at is null and a.needs_review is not true
    ${filter.conceptIds ? sql`and a.concept_id = any(${[...filter.conceptIds]}::uuid[])` : sql``}
    ${filter.moduleIds ? sql`and a.module_id = any(${[...filter.moduleIds]}::uuid[])` : sql``}
    ${filter.clusterIds ? sql`and c.cluster_id = any(${[...filter.clusterIds]}::uuid[])` : sql``}`;
}

function candidateColumns(sql: Sql) {
  return sql`
    a.id, a.atom_type, a.front, a.content, a.concept_id, c.name as concept_name,
    q.state as q_state, q.stability as q_stability, q.difficulty as q_difficulty, q.due as q_due,
    q.last_review as q_last_review, q.reps as q_reps, q.lapses as q_lapses,
    q.elapsed_days as q_elapsed_days, q.scheduled_days as q_scheduled_days,
    q.learning_steps as q_learning_steps`;
}

/** Quiz atoms in scope that were quizzed before and are due at `now`, the longest overdue first. */
export function findDueQuizItems(
  sql: Sql,
  filter: QuizScopeFilter,
  now: Date,
  limit: number,
): Promise<QuizCandidateRow[]> {
  return sql`
    select ${candidateColumns(sql)}
    from learning_atoms a
    join quiz_schedule q on q.atom_id = a.id
    left join concepts c on c.id = a.concept_id
    where ${scopeCondition(sql, filter)} and q.state <> 0 and q.due <= ${now}
    order by q.due, a.id
    limit ${limit}`.then(camelRows<QuizCandidateRow>);
}

/** Never-quizzed atoms in scope, in course order (week, then creation). */
export function findNewQuizItems(
  sql: Sql,
  filter: QuizScopeFilter,
  limit: number,
): Promise<QuizCandidateRow[]> {
  return sql`
    select ${candidateColumns(sql)}
    from learning_atoms a
    left join quiz_schedule q on q.atom_id = a.id
    left join concepts c on c.id = a.concept_id
    left join learning_modules m on m.id = a.module_id
    where ${scopeCondition(sql, filter)} and (q.atom_id is null or q.state = 0)
    order by m.week_order nulls last, a.created_at, a.id
    limit ${limit}`.then(camelRows<QuizCandidateRow>);
}

/** Totals of the scope: all quiz atoms, due ones, new ones and the next due time. */
export async function countQuizItems(
  sql: Sql,
  filter: QuizScopeFilter,
  now: Date,
): Promise<QuizScopeCounts> {
  const [row] = await sql`
    select count(*)::int as total,
      count(*) filter (where q.state <> 0 and q.due <= ${now})::int as due,
      count(*) filter (where q.atom_id is null or q.state = 0)::int as fresh,
      min(q.due) filter (where q.state <> 0 and q.due > ${now}) as next_due
    from learning_atoms a
    left join quiz_schedule q on q.atom_id = a.id
    left join concepts c on c.id = a.concept_id
    where ${scopeCondition(sql, filter)}`.then(camelRows<QuizScopeCounts>);
  return row ?? {total: 0, due: 0, fresh: 0, nextDue: null};
}

/** Writes one answer: its `quiz_attempts` row and the new `quiz_schedule` row, atomically. */
export async function insertQuizAnswer(sql: Sql, answer: QuizAnswerRow): Promise<void> {
  const s = answer.schedule;
  await sql.begin(async (tx) => {
    await tx`
      insert into quiz_attempts (atom_id, session_id, answered_at, answer, score, rating,
        derived_rating, response_ms, revealed)
      values (${answer.atomId}, ${answer.sessionId}, ${answer.answeredAt},
        ${jsonText(answer.answer)}::text::jsonb, ${answer.score}, ${answer.rating},
        ${answer.derivedRating}, ${answer.responseMs}, ${answer.revealed})`;
    await tx`
      insert into quiz_schedule (atom_id, state, stability, difficulty, due, last_review, reps,
        lapses, elapsed_days, scheduled_days, learning_steps, updated_at)
      values (${answer.atomId}, ${s.state}, ${s.stability}, ${s.difficulty}, ${s.due},
        ${s.lastReview}, ${s.reps}, ${s.lapses}, ${s.elapsedDays}, ${s.scheduledDays},
        ${s.learningSteps}, ${answer.answeredAt})
      on conflict (atom_id) do update set state = excluded.state,
        stability = excluded.stability, difficulty = excluded.difficulty, due = excluded.due,
        last_review = excluded.last_review, reps = excluded.reps, lapses = excluded.lapses,
        elapsed_days = excluded.elapsed_days, scheduled_days = excluded.scheduled_days,
        learning_steps = excluded.learning_steps, updated_at = excluded.updated_at`;
  });
}

/** Number of stored quiz answers (to tell whether a session saved anything). */
export async function countQuizAttempts(sql: Sql): Promise<number> {
  const [row] = await sql<{n: number}[]>`select count(*)::int as n from quiz_attempts`;
  return row?.n ?? 0;
}
