import {mkdtempSync, readFileSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import {afterAll, beforeAll, describe, inject} from 'vitest';
import type {Database} from '../../source/db/connection.js';
import {startEmbeddedServer} from '../../source/db/embedded-database.js';
import {createSqlClient} from '../../source/db/sql-client.js';

/** The backends a database suite runs on: always embedded, plus a server when configured. */
export type Backend = 'embedded' | 'server';

/** Backends available in this run (`NLS_TEST_DATABASE_URL` adds the server). */
export function testBackends(): Backend[] {
  return inject('serverTemplate') ? ['embedded', 'server'] : ['embedded'];
}

/** Creates a fresh, migrated database on the backend; `close()` also deletes it. */
export async function createTestDatabase(backend: Backend): Promise<Database> {
  if (backend === 'embedded') {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'nls-testdb-'));
    const embedded = await startEmbeddedServer({
      dataDir,
      loadDataDir: readFileSync(inject('embeddedTemplate')),
    });
    const sql = createSqlClient({path: embedded.socketPath, max: 1});
    return {
      sql,
      mode: 'embedded',
      location: dataDir,
      embedded,
      async close() {
        await sql.end({timeout: 5});
        await embedded.stop();
        rmSync(dataDir, {recursive: true, force: true});
      },
    };
  }
  const url = process.env.NLS_TEST_DATABASE_URL!;
  const name = `nls_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = postgres(url, {max: 1, onnotice: () => {}});
  await admin.unsafe(`create database ${name} template ${inject('serverTemplate')}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const sql = createSqlClient({url: target.toString(), max: 4});
  return {
    sql,
    mode: 'server',
    location: target.toString(),
    async close() {
      await sql.end({timeout: 5});
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Runs the suite once per backend with a fresh database each; `db()` returns it. */
export function describeEachBackend(
  name: string,
  suite: (db: () => Database, backend: Backend) => void,
): void {
  for (const backend of testBackends()) {
    describe(`${name} [${backend}]`, () => {
      let database: Database | undefined;
      beforeAll(async () => {
        database = await createTestDatabase(backend);
      });
      afterAll(async () => {
        await database?.close();
      });
      suite(() => {
        if (!database) throw new Error('test database not ready');
        return database;
      }, backend);
    });
  }
}
