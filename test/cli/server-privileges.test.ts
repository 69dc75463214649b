import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import {afterAll, expect, it} from 'vitest';
import {testBackends} from '../helpers/database.js';
import {runNls} from '../helpers/run-nls.js';

// A database user without CREATE on schema public (the PostgreSQL 15+ default for anyone but the
// owner) gets a plain error naming the grant, not a stack trace. Needs a server.
const home = mkdtempSync(path.join(os.tmpdir(), 'nls-privileges-'));
const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  rmSync(home, {recursive: true, force: true});
});

for (const backend of testBackends().filter((name) => name === 'server')) {
  it(`a user without CREATE on public: a plain error with the GRANT to run [${backend}]`, async () => {
    const admin = postgres(process.env.NLS_TEST_DATABASE_URL!, {max: 1, onnotice: () => {}});
    const suffix = `${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
    const [role, database] = [`nls_nocreate_${suffix}`, `nls_nocreate_db_${suffix}`];
    await admin.unsafe(`create role ${role} login`);
    await admin.unsafe(`create database ${database}`);
    cleanups.push(async () => {
      await admin.unsafe(`drop database if exists ${database} with (force)`);
      await admin.unsafe(`drop role if exists ${role}`);
      await admin.end();
    });
    const url = new URL(process.env.NLS_TEST_DATABASE_URL!);
    url.username = role;
    url.pathname = `/${database}`;
    const result = await runNls(['db', 'migrate'], {
      NLS_HOME: home,
      DATABASE_URL: url.toString(),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`The database user ${role} may not create nls's tables`);
    expect(result.stderr).toContain(`GRANT CREATE ON SCHEMA public TO ${role}`);
    expect(result.stderr).not.toMatch(/hit a bug|\n\s+at /);
  }, 60_000);
}
