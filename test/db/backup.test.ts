import {chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, inject, it} from 'vitest';
import {
  backupDatabase,
  restoreEmbeddedDatabase,
  restoreServerDatabase,
} from '../../source/db/backup.js';
import {startEmbeddedServer} from '../../source/db/embedded-database.js';
import {createSqlClient, type Sql} from '../../source/db/sql-client.js';
import {loadDemoData} from '../../source/demo/load-demo.js';
import {createTestDatabase, testBackends} from '../helpers/database.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-backup-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

/** A checksum of every row of every table, so "equal after restore" means every table. */
async function tableChecksums(sql: Sql): Promise<Record<string, string>> {
  const tables = await sql<{name: string}[]>`
    select tablename as name from pg_tables where schemaname = 'public' order by tablename`;
  const sums: Record<string, string> = {};
  for (const {name} of tables) {
    const [row] = await sql<{sum: string; n: number}[]>`
      select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as sum, count(*) as n
      from ${sql(name)} t`;
    sums[name] = `${row!.n}:${row!.sum}`;
  }
  return sums;
}

async function damage(sql: Sql): Promise<void> {
  await sql`delete from quiz_attempts`;
  await sql`update learning_atoms set front = 'damaged' where atom_type = 'flashcard'`;
  await sql`insert into sync_log (sync_type, status) values ('cleaning', 'completed')`;
}

for (const backend of testBackends()) {
  it(`backup then restore gives every table back exactly [${backend}]`, async () => {
    const db = await createTestDatabase(backend);
    const file = path.join(temp, `${backend}.backup`);
    try {
      await loadDemoData(db.sql, {now: new Date('2026-11-25T09:00:00Z')});
      const before = await tableChecksums(db.sql);
      expect(Object.keys(before).length).toBeGreaterThanOrEqual(22);
      // Over an older backup that others could read: the new file is the owner's alone.
      writeFileSync(file, 'an older backup');
      chmodSync(file, 0o644);
      await backupDatabase(db, file, {url: db.location, connectTimeout: 10});
      expect(statSync(file).mode & 0o777).toBe(0o600);
      await damage(db.sql);
      expect(await tableChecksums(db.sql)).not.toEqual(before);
      if (backend === 'server') {
        await restoreServerDatabase({url: db.location, connectTimeout: 10}, file);
        expect(await tableChecksums(db.sql)).toEqual(before);
        return;
      }
      // Embedded: close, restore the data directory, reopen.
      await db.sql.end();
      await db.embedded!.stop();
      await restoreEmbeddedDatabase(db.location, file);
      const server = await startEmbeddedServer({dataDir: db.location});
      const sql = createSqlClient({path: server.socketPath, max: 1});
      try {
        expect(await tableChecksums(sql)).toEqual(before);
      } finally {
        await sql.end();
        await server.stop();
      }
    } finally {
      if (backend === 'server') await db.close();
      else rmSync(db.location, {recursive: true, force: true});
    }
  });
}

it('an unusable backup file leaves the embedded database as it was', async () => {
  const dataDir = path.join(temp, 'keep', 'pgdata');
  const server = await startEmbeddedServer({
    dataDir,
    loadDataDir: readFileSync(inject('embeddedTemplate')),
  });
  const sql = createSqlClient({path: server.socketPath, max: 1});
  await sql`insert into sync_log (sync_type, status) values ('cleaning', 'completed')`;
  await sql.end();
  await server.stop();
  const bad = path.join(temp, 'bad.backup');
  writeFileSync(bad, 'not a tarball');
  await expect(restoreEmbeddedDatabase(dataDir, bad)).rejects.toThrow('is not a usable nls backup');
  const again = await startEmbeddedServer({dataDir});
  const check = createSqlClient({path: again.socketPath, max: 1});
  const [row] = await check`select count(*)::int as n from sync_log`;
  expect(row!.n).toBe(1);
  await check.end();
  await again.stop();
});
