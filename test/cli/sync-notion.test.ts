import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {contentChecksum, notionEnv, tableCounts} from '../db/notion-fixtures.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import * as v from '../fakes/notion-values.js';
import {generateWorkspace} from '../fakes/notion-workspace.js';
import {cliPath, isolatedEnv, runNls} from '../helpers/run-nls.js';

const homes: string[] = [];
function newHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nls-sync-notion-'));
  homes.push(home);
  return home;
}
afterAll(() => {
  for (const home of homes) rmSync(home, {recursive: true, force: true});
});

async function inspect<T>(
  home: string,
  read: (db: Awaited<ReturnType<typeof openDatabase>>) => Promise<T>,
) {
  const db = await openDatabase({databaseUrl: undefined, dataDir: embeddedDataDir(home)});
  try {
    return await read(db);
  } finally {
    await db.close();
  }
}

async function startFake(seed: number) {
  const workspace = generateWorkspace({seed, flashcards: 50});
  const fake = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
  return {workspace, fake, env: notionEnv(fake, workspace)};
}

describe('nls sync notion', () => {
  let setup: Awaited<ReturnType<typeof startFake>>;
  beforeAll(async () => {
    setup = await startFake(21);
  });
  afterAll(() => setup.fake.close());

  it('explains a missing token and missing databases', async () => {
    const home = newHome();
    const noToken = await runNls(['sync', 'notion'], {NLS_HOME: home});
    expect(noToken.code).toBe(1);
    expect(noToken.stderr).toContain('NOTION_TOKEN');
    const noDb = await runNls(['sync', 'notion'], {NLS_HOME: home, NOTION_TOKEN: 'secret_x'});
    expect(noDb.code).toBe(1);
    expect(noDb.stderr).toContain('NOTION_FLASHCARDS_DB');
  });

  it('waits out a 429 Retry-After, then completes; --json prints the summary', async () => {
    const home = newHome();
    setup.fake.faults.inject(1, {status: 429, retryAfter: 2, match: {path: '/query'}});
    const started = performance.now();
    const result = await runNls(['sync', 'notion', '--json'], {...setup.env, NLS_HOME: home});
    expect(performance.now() - started).toBeGreaterThanOrEqual(2000);
    expect(result.code).toBe(0);
    const summary = JSON.parse(result.stdout);
    expect(summary.type).toBe('notion_full');
    expect(summary.retries).toBe(1);
    expect(summary.entities.flashcards.added).toBe(50);
    expect(result.stdout).not.toContain(setup.fake.token);
  });

  it('--dry-run reports changes and writes nothing; plain output lists entities', async () => {
    const home = newHome();
    const dry = await runNls(['sync', 'notion', '--dry-run'], {...setup.env, NLS_HOME: home});
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/Dry run/);
    expect(dry.stdout).toMatch(/flashcards\s+50 added/);
    expect(dry.stderr).toMatch(/Fetching flashcards/);
    const counts: Record<string, unknown> = await inspect(home, async (db) => ({
      ...(await tableCounts(db)),
      runs: (await db.sql`select count(*)::int as n from sync_log`)[0]?.n,
    }));
    expect(counts.atoms).toBe(0);
    expect(counts.stg_flashcards).toBe(0);
    expect(counts.runs).toBe(0);
  });

  it('persistent 500s: exit 1, sync_log failed, staging and canonical unchanged', async () => {
    const home = newHome();
    expect((await runNls(['sync', 'notion'], {...setup.env, NLS_HOME: home})).code).toBe(0);
    const before = await inspect(home, contentChecksum);
    const page = setup.workspace.entity.flashcards.dataSource.pages[0]!;
    setup.fake.advanceClock(10 * 60_000);
    setup.fake.editPage(page.id, {Question: v.title('Changed but never applied?')});
    // The flashcards query is the last one: everything before it succeeds.
    const cards = setup.workspace.entity.flashcards.dataSource.id;
    setup.fake.faults.inject(50, {status: 500, match: {path: `${cards}/query`}});
    const failed = await runNls(['sync', 'notion'], {...setup.env, NLS_HOME: home});
    setup.fake.faults.clear();
    expect(failed.code).toBe(1);
    expect(failed.stderr).toMatch(/500|internal|Notion/i);
    const after = await inspect(home, async (db) => ({
      checksum: await contentChecksum(db),
      last: (
        await db.sql`select status, error_message from sync_log order by started_at desc limit 1`
      )[0],
    }));
    expect(after.checksum).toBe(before);
    expect(after.last?.status).toBe('failed');
    expect(after.last?.error_message).toMatch(/500|internal|unexpected/i);
    expect(after.last?.error_message).not.toContain(setup.fake.token);
  }, 90_000);
});

describe('nls sync notion killed mid-run', () => {
  it('the next run marks the stale run interrupted and converges to an uninterrupted result', async () => {
    const {workspace, fake, env} = await startFake(33);
    try {
      const reference = newHome();
      expect((await runNls(['sync', 'notion'], {...env, NLS_HOME: reference})).code).toBe(0);
      const home = newHome();
      fake.faults.inject(100, {delayMs: 300, match: {path: '/query'}});
      const child = spawn(process.execPath, [cliPath, 'sync', 'notion'], {
        env: isolatedEnv({...env, NLS_HOME: home}),
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      await new Promise<void>((resolve, reject) => {
        child.stderr.on('data', (chunk) => {
          stderr += chunk;
          if (stderr.includes('Fetching concept clusters')) resolve();
        });
        child.on('close', () => reject(new Error(`finished before the kill: ${stderr}`)));
      });
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('close', resolve));
      fake.faults.clear();
      const again = await runNls(['sync', 'notion'], {...env, NLS_HOME: home});
      expect(again.code).toBe(0);
      const state = (h: string) =>
        inspect(h, async (db) => ({
          counts: await tableCounts(db),
          atoms: await db.sql`
            select a.notion_id, a.card_id, a.front, a.back, c.notion_id as concept
            from learning_atoms a left join concepts c on c.id = a.concept_id order by 1`,
          runs: await db.sql`
            select sync_type, status, error_message from sync_log order by started_at`,
        }));
      const killed = await state(home);
      const clean = await state(reference);
      expect(killed.counts).toEqual(clean.counts);
      expect(killed.atoms).toEqual(clean.atoms);
      expect(killed.counts.atoms).toBe(workspace.entity.flashcards.dataSource.pages.length);
      expect(killed.runs).toEqual([
        {
          sync_type: 'notion_full',
          status: 'failed',
          error_message: expect.stringMatching(/interrupted/),
        },
        {sync_type: 'notion_full', status: 'completed', error_message: null},
      ]);
    } finally {
      await fake.close();
    }
  }, 90_000);
});
