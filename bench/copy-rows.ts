import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {Readable} from 'node:stream';
import {pipeline} from 'node:stream/promises';
import {PGlite} from '@electric-sql/pglite';
import {pg_trgm} from '@electric-sql/pglite/contrib/pg_trgm';
import type {Sql} from '../source/db/sql-client.js';

/** Column values as COPY's text format wants them: tab-separated, `\N` for null, escaped. */
function copyField(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  const text =
    value instanceof Date
      ? value.toISOString()
      : typeof value === 'object'
        ? JSON.stringify(value)
        : String(value);
  return text.replace(/[\\\n\r\t]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\n' ? '\\n' : c === '\r' ? '\\r' : '\\t',
  );
}

/** Rows in COPY text format, in pieces of `perPiece` rows (what a client streams). */
export function* copyText(
  rows: readonly Record<string, unknown>[],
  columns: readonly string[],
  perPiece = 2000,
): Generator<string> {
  for (let start = 0; start < rows.length; start += perPiece) {
    let piece = '';
    for (const row of rows.slice(start, start + perPiece)) {
      piece += `${columns.map((column) => copyField(row[column])).join('\t')}\n`;
    }
    yield piece;
  }
}

/** COPY … FROM STDIN through postgres.js (server only: pglite-socket drops the connection). */
export async function copyIntoServer(
  sql: Sql,
  table: string,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const stream = await sql`copy ${sql(table)} (${sql(columns as string[])}) from stdin`.writable();
  await pipeline(Readable.from(copyText(rows, columns)), stream);
}

/** An in-process PGlite on a data directory on disk, seeded from a dumpDataDir tarball. */
export async function openReferencePglite(
  template: string,
): Promise<{pg: PGlite; close(): Promise<void>}> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nls-bench-copy-'));
  const pg = await PGlite.create({
    dataDir,
    extensions: {pg_trgm},
    loadDataDir: new Blob([readFileSync(template)]),
  });
  return {
    pg,
    async close() {
      await pg.close();
      rmSync(dataDir, {recursive: true, force: true});
    },
  };
}

/** PGlite's own COPY … FROM '/dev/blob', the rows handed over as one Blob. */
export async function copyIntoPglite(
  pg: PGlite,
  table: string,
  columns: readonly string[],
  rows: readonly Record<string, unknown>[],
): Promise<void> {
  const blob = new Blob([...copyText(rows, columns)]);
  const names = columns.map((column) => `"${column}"`).join(', ');
  await pg.query(`copy "${table}" (${names}) from '/dev/blob'`, [], {blob});
}
