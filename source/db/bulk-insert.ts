import type {Sql, TransactionSql} from './sql-client.js';

// postgres.js sends at most 65,535 parameters in one statement.
const maxParameters = 60_000;

/** Inserts rows in as few statements as the parameter limit allows; missing keys become null. */
export async function insertRows(
  sql: Sql | TransactionSql,
  table: string,
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  const normalised = rows.map((row) =>
    Object.fromEntries(columns.map((column) => [column, row[column] ?? null])),
  );
  const perChunk = Math.max(1, Math.floor(maxParameters / columns.length));
  for (let start = 0; start < normalised.length; start += perChunk) {
    const chunk = normalised.slice(start, start + perChunk);
    // biome-ignore lint/suspicious/noExplicitAny: postgres.js row helper typing is too narrow here
    await sql`insert into ${sql(table)} ${sql(chunk as any, columns)}`;
  }
}
