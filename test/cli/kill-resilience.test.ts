import {cpSync, mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {type Database, openDatabase} from '../../source/db/connection.js';
import {seededRandom} from '../../source/demo/seeded-random.js';
import {notionEnv} from '../db/notion-fixtures.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import * as v from '../fakes/notion-values.js';
import {generateWorkspace} from '../fakes/notion-workspace.js';
import {delayWithin, killAfter as killJob, timed} from '../helpers/kill-after.js';
import {runNls} from '../helpers/run-nls.js';

// kill -9 at seeded random moments of sync, clean, push, pull and a triage decision. After each
// kill the data must equal the state before or after the job (never a mix), and running the job
// again must converge to the state of an uninterrupted run.
const seeds = [1, 2, 3];
const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-kill-'));
let notion: FakeNotionServer;
let env: Record<string, string>;
afterAll(async () => {
  await notion?.close();
  rmSync(temp, {recursive: true, force: true});
});

let copies = 0;
function copyHome(from: string): string {
  const to = path.join(temp, `home-${copies++}`);
  cpSync(from, to, {recursive: true});
  rmSync(`${embeddedDataDir(to)}.lock`, {force: true});
  return to;
}

async function withDb<T>(home: string, work: (db: Database) => Promise<T>): Promise<T> {
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}

async function mustRun(args: string[], extra: Record<string, string>): Promise<void> {
  const result = await runNls(args, {...env, ...extra});
  expect(result.code, `${args.join(' ')}: ${result.stderr}`).toBe(0);
}

/** Starts the job and kills it with SIGKILL after `delayMs` (or lets it finish first). */
const killAfter = (args: string[], home: string, delayMs: number, extra = {}) =>
  killJob(args, {...env, ...extra, NLS_HOME: home}, delayMs);

const notionState = (db: Database) =>
  db.sql`select md5(concat_ws('|',
    (select string_agg(notion_page_id || sync_hash, ',' order by notion_page_id) from stg_notion_flashcards),
    (select string_agg(concat_ws(':', card_id, front, back, removed_at is null), ',' order by card_id) from learning_atoms),
    (select string_agg(concat_ws(':', notion_id, name), ',' order by notion_id) from concepts))) as s`.then(
    (rows) => String(rows[0]!.s),
  );
// A clean run commits in batches: grades, fronts and their log in one transaction, then the
// merge proposals in one statement. Each batch must be all or nothing.
const cleanGradeState = (db: Database) =>
  db.sql`select md5(concat_ws('|',
    (select string_agg(concat_ws(':', card_id, front, quality_score, atomicity_status, needs_review), ',' order by card_id) from learning_atoms),
    (select count(*) from cleaning_log))) as s`.then((rows) => String(rows[0]!.s));
const cleanProposalState = (db: Database) =>
  db.sql`select count(*)::int as n from review_queue`.then((rows) => Number(rows[0]!.n));
const cleanState = async (db: Database) =>
  `${await cleanGradeState(db)}/${await cleanProposalState(db)}`;
const pullState = (db: Database) =>
  db.sql`select md5(string_agg(concat_ws(':', card_id, anki_review_count, anki_stability, anki_difficulty, anki_due_date), ',' order by card_id)) as s
    from learning_atoms`.then((rows) => String(rows[0]!.s));
const triageState = (db: Database) =>
  db.sql`select md5(concat_ws('|',
    (select string_agg(concat_ws(':', id, status, approved_atom_id is null), ',' order by id) from review_queue),
    (select string_agg(concat_ws(':', card_id, front, back, rewrite_count), ',' order by card_id) from learning_atoms),
    (select count(*) from cleaning_log), (select count(*) from review_decisions))) as s`.then(
    (rows) => String(rows[0]!.s),
  );

describe('kill -9 at random points', () => {
  let synced: string; // Notion v1 synced
  let changed: string; // v1 synced, the fake then changed to v2
  beforeAll(async () => {
    const workspace = generateWorkspace({seed: 21, flashcards: 150});
    notion = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
    env = {...notionEnv(notion, workspace), NOTION_RATE_LIMIT: '0'};
    synced = path.join(temp, 'synced');
    await mustRun(['sync', 'notion'], {NLS_HOME: synced});
    const cards = workspace.entity.flashcards.dataSource.pages;
    notion.advanceClock(10 * 60_000);
    for (const page of cards.slice(0, 3)) {
      notion.editPage(page.id, {Question: v.title(`Edited: ${page.id.slice(0, 8)}?`)});
    }
    notion.trashPage(cards[5]!.id);
    changed = copyHome(synced);
  }, 180_000);

  it('Notion sync: before or after, then converges', async () => {
    const reference = copyHome(changed);
    const duration = await timed(() =>
      mustRun(['sync', 'notion', '--full'], {NLS_HOME: reference}),
    );
    const before = await withDb(changed, notionState);
    const after = await withDb(reference, notionState);
    expect(after).not.toBe(before);
    notion.faults.inject(10_000, {delayMs: 40});
    let kills = 0;
    for (const seed of seeds) {
      const home = copyHome(changed);
      const outcome = await killAfter(
        ['sync', 'notion', '--full'],
        home,
        delayWithin(duration, seededRandom(seed)),
      );
      if (outcome.killed) kills++;
      expect([before, after]).toContain(await withDb(home, notionState));
      notion.faults.clear();
      await mustRun(['sync', 'notion', '--full'], {NLS_HOME: home});
      notion.faults.inject(10_000, {delayMs: 40});
      expect(await withDb(home, notionState)).toBe(after);
      const [run] = await withDb(
        home,
        (db) => db.sql`
        select count(*)::int as n from sync_log where status = 'running'`,
      );
      expect(run!.n).toBe(0);
    }
    notion.faults.clear();
    expect(kills, 'kills that landed').toBeGreaterThanOrEqual(1);
  }, 300_000);

  it('clean: before or after, then converges', async () => {
    const reference = copyHome(synced);
    const duration = await timed(() => mustRun(['clean'], {NLS_HOME: reference}));
    const before = await withDb(synced, cleanState);
    const after = await withDb(reference, cleanState);
    const [gradesBefore, proposalsBefore] = before.split('/');
    const [gradesAfter, proposalsAfter] = after.split('/');
    let kills = 0;
    for (const seed of seeds) {
      const home = copyHome(synced);
      const outcome = await killAfter(
        ['clean'],
        home,
        delayWithin(duration, seededRandom(seed + 10)),
      );
      if (outcome.killed) kills++;
      const [grades, proposals] = (await withDb(home, cleanState)).split('/');
      expect([gradesBefore, gradesAfter]).toContain(grades);
      expect([proposalsBefore, proposalsAfter]).toContain(proposals);
      // Proposals are only written after the grades batch committed.
      if (proposals !== proposalsBefore) expect(grades).toBe(gradesAfter);
      await mustRun(['clean'], {NLS_HOME: home});
      expect(await withDb(home, cleanState)).toBe(after);
    }
    expect(kills, 'kills that landed').toBeGreaterThanOrEqual(1);
  }, 300_000);

  it('Anki push and pull: every stored link is real, reruns converge without duplicates', async () => {
    const cleaned = copyHome(synced);
    await mustRun(['clean'], {NLS_HOME: cleaned});
    const referenceAnki: FakeAnki = await startFakeAnki({delayMs: 15});
    const pushDuration = await timed(() =>
      mustRun(['sync', 'anki', 'push'], {
        ANKI_CONNECT_URL: referenceAnki.url,
        NLS_HOME: copyHome(cleaned),
      }),
    ).finally(() => referenceAnki.stop());
    let pushKills = 0;
    let pullKills = 0;
    for (const seed of seeds) {
      const anki: FakeAnki = await startFakeAnki({delayMs: 15});
      try {
        const home = copyHome(cleaned);
        const extra = {ANKI_CONNECT_URL: anki.url};
        const push = await killAfter(
          ['sync', 'anki', 'push'],
          home,
          delayWithin(pushDuration, seededRandom(seed + 20)),
          extra,
        );
        if (push.killed) pushKills++;
        const linkedIds = await withDb(
          home,
          (db) => db.sql`
          select anki_note_id as id from learning_atoms where anki_note_id is not null`,
        );
        for (const {id} of linkedIds) expect(anki.collection.notes.has(Number(id))).toBe(true);
        await mustRun(['sync', 'anki', 'push'], {...extra, NLS_HOME: home});
        const linked = await withDb(
          home,
          (db) => db.sql`
          select count(*)::int as n from learning_atoms where anki_note_id is not null`,
        );
        expect(linked[0]!.n).toBeGreaterThan(0);
        expect(anki.collection.notes.size).toBe(linked[0]!.n);

        // Pull, killed at a random point: statistics are the old ones or the new ones.
        for (const card of [...anki.collection.cards.values()].slice(0, 20)) {
          anki.simulateReviews(card.id, [
            {rating: 3, at: new Date(Date.now() - 5 * 86_400_000)},
            {rating: 3, at: new Date(Date.now() - 86_400_000)},
          ]);
        }
        const pullReference = copyHome(home);
        const pullDuration = await timed(() =>
          mustRun(['sync', 'anki', 'pull'], {...extra, NLS_HOME: pullReference}),
        );
        const before = await withDb(home, pullState);
        const after = await withDb(pullReference, pullState);
        expect(after).not.toBe(before);
        const pull = await killAfter(
          ['sync', 'anki', 'pull'],
          home,
          delayWithin(pullDuration, seededRandom(seed + 30)),
          extra,
        );
        if (pull.killed) pullKills++;
        expect([before, after]).toContain(await withDb(home, pullState));
        await mustRun(['sync', 'anki', 'pull'], {...extra, NLS_HOME: home});
        expect(await withDb(home, pullState)).toBe(after);
      } finally {
        await anki.stop();
      }
    }
    expect(pushKills, 'push kills that landed').toBeGreaterThanOrEqual(1);
    expect(pullKills, 'pull kills that landed').toBeGreaterThanOrEqual(1);
  }, 400_000);

  it('a triage decision: before or after, never half', async () => {
    const demoHome = path.join(temp, 'demo-source');
    await mustRun(['demo'], {NLS_HOME: demoHome});
    const base = path.join(demoHome, 'demo');
    const [item] = await withDb(
      base,
      (db) => db.sql`
      select id from review_queue where status = 'pending' and source = 'gemini'
      order by quality_score desc, created_at limit 1`,
    );
    const reference = copyHome(base);
    const duration = await timed(() =>
      mustRun(['review', 'approve', String(item!.id)], {NLS_HOME: reference}),
    );
    const before = await withDb(base, triageState);
    const after = await withDb(reference, triageState);
    expect(after).not.toBe(before);
    let kills = 0;
    // An approval is short, and the measured run was the first (cold) one: when every seeded
    // moment fell after a warm run had already finished, a few more rounds try again, so the
    // test still checks a kill that landed rather than passing on completed runs alone.
    const rounds = [...seeds, ...seeds.map((seed) => seed + 100)];
    for (const [index, seed] of rounds.entries()) {
      if (index >= seeds.length && kills > 0) break;
      const home = copyHome(base);
      const outcome = await killAfter(
        ['review', 'approve', String(item!.id)],
        home,
        delayWithin(duration, seededRandom(seed + 40)),
      );
      if (outcome.killed) kills++;
      expect([before, after]).toContain(await withDb(home, triageState));
    }
    expect(kills, 'kills that landed').toBeGreaterThanOrEqual(1);
  }, 300_000);
});
