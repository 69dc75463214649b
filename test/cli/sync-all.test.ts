import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {recentSyncRuns} from '../../source/db/sync-log.js';
import {notionEnv} from '../db/notion-fixtures.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import {generateWorkspace} from '../fakes/notion-workspace.js';
import {runNls} from '../helpers/run-nls.js';

let anki: FakeAnki;
let notion: FakeNotionServer;
let env: Record<string, string>;
const homes: string[] = [];
const newHome = () => {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nls-sync-all-'));
  homes.push(home);
  return home;
};

beforeAll(async () => {
  const workspace = generateWorkspace({seed: 7, flashcards: 30});
  notion = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
  anki = await startFakeAnki();
  env = notionEnv(notion, workspace);
});
afterAll(async () => {
  await anki.stop();
  await notion.close();
  for (const home of homes) rmSync(home, {recursive: true, force: true});
});

async function runTypes(home: string): Promise<string[]> {
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    return (await recentSyncRuns(db.sql)).map((r) => `${r.syncType}:${r.status}`).reverse();
  } finally {
    await db.close();
  }
}

it('runs Notion → clean → push → pull and logs each step', async () => {
  const home = newHome();
  const result = await runNls(['sync', 'all'], {
    ...env,
    NLS_HOME: home,
    ANKI_CONNECT_URL: anki.url,
  });
  expect(result.stderr).not.toContain('✘');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain('sync all finished: Notion sync → Clean → Anki push → Anki pull');
  expect(await runTypes(home)).toEqual([
    'notion_full:completed',
    'cleaning:completed',
    'anki_push:completed',
    'anki_pull:completed',
  ]);
  expect(anki.collection.notes.size).toBeGreaterThan(0);
  expect(anki.maxInFlight()).toBe(1);
}, 120_000);

it('stops at the first failing step with a report of what ran', async () => {
  const home = newHome();
  const result = await runNls(['sync', 'all'], {
    ...env,
    NLS_HOME: home,
    ANKI_CONNECT_URL: 'http://127.0.0.1:9',
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('sync all stopped at Anki push');
  expect(result.stderr).toContain('Done: Notion sync, Clean.');
  expect(result.stderr).toContain('Not run: Anki pull');
  expect(result.stderr).toContain('not reachable');
  expect(await runTypes(home)).toEqual([
    'notion_full:completed',
    'cleaning:completed',
    'anki_push:failed',
  ]);
}, 120_000);

// Issue 17: with --json the whole run is one JSON document (it was one per step, four in all);
// issue 18: also when the run fails before its first step.
it('prints exactly one JSON document with --json, also when a step fails', async () => {
  const ok = await runNls(['sync', 'all', '--json'], {
    ...env,
    NLS_HOME: newHome(),
    ANKI_CONNECT_URL: anki.url,
  });
  expect(ok.code).toBe(0);
  const report = JSON.parse(ok.stdout) as {
    ok: boolean;
    steps: {step: string; exitCode: number; result: unknown}[];
    notRun: string[];
  };
  expect(report.ok).toBe(true);
  expect(report.steps.map((step) => step.step)).toEqual([
    'Notion sync',
    'Clean',
    'Anki push',
    'Anki pull',
  ]);
  for (const step of report.steps) {
    expect(step.exitCode).toBe(0);
    expect(step.result).toBeTypeOf('object');
  }
  expect(report.notRun).toEqual([]);

  const failed = await runNls(['sync', 'all', '--json'], {
    ...env,
    NLS_HOME: newHome(),
    ANKI_CONNECT_URL: 'http://127.0.0.1:9',
  });
  expect(failed.code).toBe(1);
  const partial = JSON.parse(failed.stdout) as {ok: boolean; stoppedAt: string; notRun: string[]};
  expect(partial).toMatchObject({ok: false, stoppedAt: 'Anki push', notRun: ['Anki pull']});
  expect(failed.stderr).toContain('not reachable');

  // A run that cannot start (a bad setting) still prints its one document, saying so.
  const unstarted = await runNls(['sync', 'all', '--json'], {
    ...env,
    NLS_HOME: newHome(),
    ANKI_DAY_STARTS_AT: '99',
  });
  expect(unstarted.code).toBe(1);
  expect(JSON.parse(unstarted.stdout)).toMatchObject({
    ok: false,
    steps: [],
    stoppedAt: 'Notion sync',
    notRun: ['Clean', 'Anki push', 'Anki pull'],
    error: expect.stringContaining('ANKI_DAY_STARTS_AT'),
  });
  expect(unstarted.stderr).toContain('sync all stopped at Notion sync');
}, 180_000);
