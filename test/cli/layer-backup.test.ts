import {mkdtempSync, rmSync, statSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {type Database, openDatabase} from '../../source/db/connection.js';
import {bookkeepingTables, tablesOfLayer} from '../../source/db/layer-backup.js';
import {migrate} from '../../source/db/migrate.js';
import type {Sql} from '../../source/db/sql-client.js';
import {loadDemoData} from '../../source/demo/load-demo.js';
import {createTestDatabase, testBackends} from '../helpers/database.js';
import {runNls} from '../helpers/run-nls.js';

// `nls db backup --only staging|canonical` and their restores, through the CLI on each backend
// (the server run goes through openDatabase's server branch).
const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-layers-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

async function checksums(sql: Sql, tables: readonly string[]): Promise<Record<string, string>> {
  const sums: Record<string, string> = {};
  for (const name of tables) {
    const [row] = await sql<{sum: string; n: number}[]>`
      select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum, count(*)::int as n
      from ${sql(name)} t`;
    sums[name] = `${row!.n}:${row!.sum}`;
  }
  return sums;
}

const staging = tablesOfLayer('staging');
const canonical = tablesOfLayer('canonical');

async function seed(sql: Sql): Promise<void> {
  await loadDemoData(sql, {now: new Date('2026-11-25T09:00:00Z')});
  for (const [index, table] of staging.entries()) {
    await sql`insert into ${sql(table)} (notion_page_id, raw_properties, sync_hash)
      values (${`page-${index}`}, ${sql.json({Name: {title: [`row ${index}`]}})}, ${`h${index}`})`;
  }
}

async function damage(sql: Sql): Promise<void> {
  await sql`delete from stg_notion_flashcards`;
  await sql`update stg_notion_concepts set sync_hash = 'damaged'`;
  await sql`delete from quiz_attempts`;
  await sql`update learning_atoms set front = 'damaged' where atom_type = 'flashcard'`;
}

it('every table belongs to exactly one of staging, canonical and bookkeeping', async () => {
  const db = await createTestDatabase('embedded');
  try {
    const tables = await db.sql<{name: string}[]>`
      select tablename as name from pg_tables where schemaname = 'public' order by tablename`;
    const placed = [...staging, ...canonical, ...bookkeepingTables];
    expect(new Set(placed).size).toBe(placed.length);
    expect([...placed].sort()).toEqual(tables.map((table) => table.name));
  } finally {
    await db.close();
  }
});

for (const backend of testBackends()) {
  it(`backup --only staging and --only canonical restore each layer on its own [${backend}]`, async () => {
    const home = path.join(temp, backend);
    let server: Database | undefined;
    const env: Record<string, string> = {NLS_HOME: home};
    if (backend === 'server') {
      server = await createTestDatabase('server');
      env.DATABASE_URL = server.location;
    }
    const withDb = async <T>(work: (sql: Sql) => Promise<T>): Promise<T> => {
      if (server) return work(server.sql);
      const db = await openDatabase({dataDir: embeddedDataDir(home)});
      try {
        await migrate(db.sql);
        return await work(db.sql);
      } finally {
        await db.close();
      }
    };
    const nls = async (...args: string[]) => {
      const result = await runNls(args, env);
      expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
      return result;
    };
    try {
      await withDb(seed);
      const before = await withDb((sql) => checksums(sql, [...staging, ...canonical]));
      const [stagingFile, canonicalFile] = ['staging', 'canonical'].map((layer) =>
        path.join(temp, `${backend}-${layer}.backup`),
      );
      await nls('db', 'backup', '--only', 'staging', stagingFile!);
      await nls('db', 'backup', '--only', 'canonical', canonicalFile!);
      expect(statSync(stagingFile!).mode & 0o777).toBe(0o600);
      await withDb(damage);
      const damaged = await withDb((sql) => checksums(sql, canonical));

      const restored = await nls('db', 'restore', stagingFile!, '--yes');
      expect(restored.stderr).toContain('nls sync notion --full');
      expect(await withDb((sql) => checksums(sql, staging))).toEqual(
        Object.fromEntries(staging.map((table) => [table, before[table]])),
      );
      // The staging restore left the canonical layer alone.
      expect(await withDb((sql) => checksums(sql, canonical))).toEqual(damaged);

      await nls('db', 'restore', canonicalFile!, '--yes');
      expect(await withDb((sql) => checksums(sql, [...staging, ...canonical]))).toEqual(before);
    } finally {
      await server?.close();
    }
  }, 180_000);
}
