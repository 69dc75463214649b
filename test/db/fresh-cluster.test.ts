import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {openDatabase} from '../../source/db/connection.js';
import {readFreshCluster, writeFreshCluster} from '../../source/db/fresh-cluster.js';
import {migrate} from '../../source/db/migrate.js';

const dir = mkdtempSync(path.join(os.tmpdir(), 'nls-fresh-cluster-test-'));
afterAll(() => rmSync(dir, {recursive: true, force: true}));

it('makes the empty cluster once, and declines one made by another PGlite version', async () => {
  expect(readFreshCluster(dir)).toBeNull();
  expect(await writeFreshCluster(dir)).toBe(true);
  const tarball = readFreshCluster(dir);
  expect(tarball?.length).toBeGreaterThan(1_000_000);
  // Up to date: the build does not make it again.
  expect(await writeFreshCluster(dir)).toBe(false);
  writeFileSync(path.join(dir, 'fresh-cluster.json'), '{"pglite": "0.0.1"}\n');
  expect(readFreshCluster(dir)).toBeNull();
  writeFileSync(path.join(dir, 'fresh-cluster.json'), 'not json');
  expect(readFreshCluster(dir)).toBeNull();
}, 120_000);

const systemId = async (dataDir: string) => {
  const db = await openDatabase({dataDir});
  try {
    const [row] = await db.sql<{id: string}[]>`
      select system_identifier::text as id from pg_control_system()`;
    return row!.id;
  } finally {
    await db.close();
  }
};

it('a new data directory starts from the build’s cluster, migrates and keeps its data', async () => {
  // `npm test` builds first, so the build's own tarball is there.
  expect(readFreshCluster()).not.toBeNull();
  const home = mkdtempSync(path.join(os.tmpdir(), 'nls-fresh-home-'));
  const dataDir = path.join(home, 'pgdata');
  try {
    // initdb draws a new system identifier each time; two directories loaded from the same
    // tarball share it.
    expect(await systemId(path.join(home, 'other'))).toBe(await systemId(dataDir));
    const db = await openDatabase({dataDir});
    expect(existsSync(path.join(dataDir, 'PG_VERSION'))).toBe(true);
    expect((await migrate(db.sql)).length).toBeGreaterThan(5);
    await db.sql`insert into concepts (name) values ('Routing')`;
    await db.close();
    // Reopened, it is the same cluster, not a second fresh one.
    const again = await openDatabase({dataDir});
    const rows = await again.sql<{name: string}[]>`select name from concepts`;
    expect(rows.map((row) => row.name)).toEqual(['Routing']);
    expect(readFileSync(path.join(dataDir, 'PG_VERSION'), 'utf8').trim()).toMatch(/^\d+$/);
    await again.close();
  } finally {
    rmSync(home, {recursive: true, force: true});
  }
}, 120_000);
