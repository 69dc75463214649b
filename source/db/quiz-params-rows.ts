import type {Sql} from './sql-client.js';

/** One quiz answer as the optimiser reads it. */
export interface QuizAnswerPoint {
  rating: number;
  answeredAt: Date;
}

/** Every quiz item's answers, oldest first, by atom. */
export async function findQuizAnswerHistories(sql: Sql): Promise<QuizAnswerPoint[][]> {
  const rows = await sql<{atom_id: string; rating: number; answered_at: Date}[]>`
    select atom_id::text as atom_id, rating, answered_at from quiz_attempts
    order by atom_id, answered_at, id`;
  const byAtom = new Map<string, QuizAnswerPoint[]>();
  for (const row of rows) {
    const list = byAtom.get(row.atom_id) ?? [];
    list.push({rating: row.rating, answeredAt: row.answered_at});
    byAtom.set(row.atom_id, list);
  }
  return [...byAtom.values()];
}

/** The fitted quiz parameters, if any were saved. */
export async function findQuizParams(sql: Sql): Promise<number[] | undefined> {
  const [row] = await sql<[{params: number[]}?]>`select params from quiz_fsrs_params where id = 1`;
  return row?.params.map(Number);
}

/** Saves fitted quiz parameters (replacing earlier ones). */
export async function saveQuizParams(
  sql: Sql,
  fit: {params: readonly number[]; reviewCount: number; logLoss: number},
): Promise<void> {
  await sql`
    insert into quiz_fsrs_params (id, params, review_count, log_loss, fitted_at)
    values (1, ${fit.params as number[]}::float8[], ${fit.reviewCount}, ${fit.logLoss}, now())
    on conflict (id) do update set params = excluded.params,
      review_count = excluded.review_count, log_loss = excluded.log_loss, fitted_at = now()`;
}
