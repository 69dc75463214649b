import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {migrate} from '../../source/db/migrate.js';
import {recentSyncRuns, type SyncLogRow} from '../../source/db/sync-log.js';
import {insertAnkiCourse} from '../db/anki-fixtures.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {runNls} from '../helpers/run-nls.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-sync-anki-'));
const down = 'http://127.0.0.1:9';
let fake: FakeAnki;

beforeAll(async () => {
  fake = await startFakeAnki();
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    await migrate(db.sql);
    await insertAnkiCourse(db.sql, 'Cli', [{cardId: 'CLI-1'}, {cardId: 'CLI-2'}]);
  } finally {
    await db.close();
  }
}, 60_000);
afterAll(async () => {
  await fake.stop();
  rmSync(home, {recursive: true, force: true});
});

async function syncRuns(): Promise<SyncLogRow[]> {
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    return await recentSyncRuns(db.sql);
  } finally {
    await db.close();
  }
}

it('exits 1 with the fix when AnkiConnect is down, and logs the run as failed', async () => {
  const result = await runNls(['sync', 'anki', 'push'], {NLS_HOME: home, ANKI_CONNECT_URL: down});
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('AnkiConnect is not reachable at http://127.0.0.1:9');
  expect(result.stderr).toContain('set ANKI_CONNECT_URL');
  const [run] = await syncRuns();
  expect(run).toMatchObject({syncType: 'anki_push', status: 'failed'});
});

it('refuses --delete-stale without --yes when there is no terminal', async () => {
  const result = await runNls(['sync', 'anki', 'push', '--delete-stale'], {
    NLS_HOME: home,
    ANKI_CONNECT_URL: fake.url,
  });
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('--yes');
  expect(fake.requests).toHaveLength(0);
});

it('dry run, push and pull against the fake', async () => {
  const env = {NLS_HOME: home, ANKI_CONNECT_URL: fake.url};
  const dry = await runNls(['sync', 'anki', 'push', '--dry-run', '--json'], env);
  expect(dry.code).toBe(0);
  expect(JSON.parse(dry.stdout).plan).toMatchObject({add: 2, update: 0, unchanged: 0});
  expect(fake.collection.notes.size).toBe(0);

  const push = await runNls(['sync', 'anki', 'push'], env);
  expect(push.stderr).toContain('Adding notes to Anki');
  expect(push.stderr).not.toMatch(/✘|^! /m);
  expect(push.code).toBe(0);
  expect(push.stdout).toContain('2 added');
  expect(fake.collection.notes.size).toBe(2);

  const pull = await runNls(['sync', 'anki', 'pull', '--json'], env);
  expect(pull.code).toBe(0);
  expect(JSON.parse(pull.stdout)).toMatchObject({cards: 2, updated: 2});

  const text = await runNls(['sync', 'anki', 'pull'], {...env, ANKI_TIMEZONE: 'Asia/Tokyo'});
  expect(text.code).toBe(0);
  expect(text.stdout).toContain('Due dates: 0 from Anki, 0 from the replay.');
  expect(text.stdout).toContain('default parameters for Default (no FSRS parameters in Anki)');
  expect(text.stdout).toContain('Difficulty check: no answers logged by FSRS');

  expect(fake.maxInFlight()).toBe(1);
}, 60_000);

it('a conflicting note type fails the push with exit 1 naming it, with nothing to add', async () => {
  const env = {NLS_HOME: home, ANKI_CONNECT_URL: fake.url};
  const basic = fake.collection.models.get('NLS Basic')!;
  const fields = basic.fields;
  basic.fields = ['Front', 'CardID', 'Back'];
  try {
    const result = await runNls(['sync', 'anki', 'push'], env);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('"NLS Basic" does not have CardID as its first field');
    expect(result.stderr).toContain('rename that note type');
  } finally {
    basic.fields = fields;
  }
}, 60_000);

it('a bad ANKI_DAY_STARTS_AT or ANKI_TIMEZONE is a clear error naming the setting', async () => {
  const env = {NLS_HOME: home, ANKI_CONNECT_URL: fake.url};
  const hour = await runNls(['sync', 'anki', 'pull'], {...env, ANKI_DAY_STARTS_AT: '25'});
  expect(hour.code).toBe(1);
  expect(hour.stderr).toContain('ANKI_DAY_STARTS_AT (from the environment) must be a whole hour');
  const zone = await runNls(['sync', 'anki', 'pull'], {...env, ANKI_TIMEZONE: 'Moon/Base'});
  expect(zone.code).toBe(1);
  expect(zone.stderr).toContain('ANKI_TIMEZONE (from the environment) is not a time zone');
}, 60_000);
