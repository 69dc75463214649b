import {execFileSync} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, readdirSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {backupDatabase} from '../../source/db/backup.js';
import {type Database, openDatabase} from '../../source/db/connection.js';
import {migrate} from '../../source/db/migrate.js';
import {seededRandom} from '../../source/demo/seeded-random.js';
import {delayWithin, killAfter, timed} from '../helpers/kill-after.js';
import {runNls} from '../helpers/run-nls.js';

// kill -9 while the embedded database is first created and while `nls db restore` runs. After
// each kill the next start must open the data (the state before or after, never a broken or
// empty directory), clear up what the killed run left, and say so when it undid a restore.
// CI runs NLS_KILL_ROUNDS (default 3) kills per scenario; RELIABILITY.md records larger runs.
const rounds = Number(process.env.NLS_KILL_ROUNDS ?? 3);
const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-kill-life-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

const sideDirs = (home: string) =>
  readdirSync(home).filter((name) => /^pgdata\.(creating|restore-new|restore-old)$/.test(name));

async function withDb<T>(home: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

const markers = (db: Database) =>
  db.sql<{s: string | null}[]>`
    select string_agg(sync_type, ',' order by sync_type) as s from sync_log
    where sync_type like 'marker-%'`.then((rows) => String(rows[0]!.s));

async function makeHome(name: string, marker: string): Promise<string> {
  const home = path.join(temp, name);
  await withDb(home, async (db) => {
    await migrate(db.sql);
    await db.sql`insert into sync_log (sync_type, status) values (${marker}, 'completed')`;
  });
  return home;
}

it(
  `first creation: ${rounds} kills, every next start opens a whole database`,
  async () => {
    const random = seededRandom(7);
    const duration = await timed(() =>
      runNls(['db', 'status'], {NLS_HOME: path.join(temp, 'new')}),
    );
    let kills = 0;
    for (let round = 0; round < rounds; round++) {
      const home = path.join(temp, `new-${round}`);
      const outcome = await killAfter(
        ['db', 'status'],
        {NLS_HOME: home},
        delayWithin(duration, random),
      );
      if (outcome.killed) kills++;
      const after = await runNls(['db', 'status', '--json'], {NLS_HOME: home});
      expect(after.code, after.stderr).toBe(0);
      expect(JSON.parse(after.stdout).mode).toBe('embedded');
      expect(sideDirs(home)).toEqual([]);
    }
    console.info(`first creation: ${kills} of ${rounds} kills landed, every next start opened`);
    expect(kills, 'kills that landed').toBeGreaterThanOrEqual(1);
  },
  Math.max(600_000, rounds * 60_000),
);

describe('restore', () => {
  let live: string;
  let backup: string;
  beforeAll(async () => {
    live = await makeHome('live', 'marker-live');
    const source = await makeHome('source', 'marker-backup');
    backup = path.join(temp, 'source.backup');
    await withDb(source, (db) => backupDatabase(db, backup));
  }, 300_000);

  it(
    `restore: ${rounds} kills, the data is before or after, then the rerun completes`,
    async () => {
      const random = seededRandom(11);
      const reference = path.join(temp, 'restore-reference');
      cpSync(live, reference, {recursive: true});
      const duration = await timed(() =>
        runNls(['db', 'restore', backup, '--yes'], {NLS_HOME: reference}),
      );
      const seen = {killed: 0, leftovers: 0, before: 0, after: 0};
      for (let round = 0; round < rounds; round++) {
        const home = path.join(temp, `restore-${round}`);
        cpSync(live, home, {recursive: true});
        const outcome = await killAfter(
          ['db', 'restore', backup, '--yes'],
          {NLS_HOME: home},
          delayWithin(duration, random),
        );
        if (outcome.killed) seen.killed++;
        const leftovers = sideDirs(home);
        if (leftovers.length > 0) seen.leftovers++;
        const status = await runNls(['db', 'status', '--json'], {NLS_HOME: home});
        expect(status.code, status.stderr).toBe(0);
        if (leftovers.length > 0) expect(status.stderr).toContain('An interrupted nls db restore');
        expect(sideDirs(home)).toEqual([]);
        const state = await withDb(home, markers);
        expect(['marker-live', 'marker-backup']).toContain(state);
        seen[state === 'marker-live' ? 'before' : 'after']++;
        const rerun = await runNls(['db', 'restore', backup, '--yes'], {NLS_HOME: home});
        expect(rerun.code, rerun.stderr).toBe(0);
        expect(await withDb(home, markers)).toBe('marker-backup');
      }
      console.info(`restore: ${rounds} rounds, ${JSON.stringify(seen)}`);
      expect(seen.killed, 'kills that landed').toBeGreaterThanOrEqual(1);
    },
    Math.max(600_000, rounds * 60_000),
  );

  it('restore from a FIFO or /dev/zero is refused at once; the data stays', async () => {
    const home = path.join(temp, 'endless');
    cpSync(live, home, {recursive: true});
    const fifo = path.join(temp, 'endless.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const file of [fifo, '/dev/zero']) {
      const started = Date.now();
      const result = await runNls(['db', 'restore', file, '--yes'], {NLS_HOME: home});
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('not a regular file');
      expect(Date.now() - started).toBeLessThan(20_000);
    }
    expect(existsSync(embeddedDataDir(home))).toBe(true);
    expect(await withDb(home, markers)).toBe('marker-live');
  }, 120_000);
});
