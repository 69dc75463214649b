import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {migrate} from '../../source/db/migrate.js';
import {insertAnkiCourse} from '../db/anki-fixtures.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {runNls} from '../helpers/run-nls.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-plan-'));
const DAY = 86_400_000;
let fake: FakeAnki;
let env: Record<string, string>;
const exam = new Date(Date.now() + 20 * DAY).toISOString().slice(0, 10);

beforeAll(async () => {
  fake = await startFakeAnki({timing: {timeZone: 'UTC', rolloverHour: 4}});
  env = {NLS_HOME: home, ANKI_CONNECT_URL: fake.url, ANKI_TIMEZONE: 'UTC'};
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    await migrate(db.sql);
    await insertAnkiCourse(db.sql, 'Plan', [{cardId: 'PL-1'}, {cardId: 'PL-2'}, {cardId: 'PL-3'}]);
  } finally {
    await db.close();
  }
  expect((await runNls(['sync', 'anki', 'push'], env)).code).toBe(0);
  const [weak, strong] = [...fake.collection.cards.keys()];
  fake.simulateReviews(weak!, [{rating: 3, at: new Date(Date.now() - 2 * DAY)}]);
  const days = [90, 60, 30, 1];
  fake.simulateReviews(
    strong!,
    days.map((d) => ({rating: 4 as const, at: new Date(Date.now() - d * DAY)})),
  );
  expect((await runNls(['sync', 'anki', 'pull'], env)).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await fake.stop();
  rmSync(home, {recursive: true, force: true});
});

it('prints the plan and moves nothing', async () => {
  const result = await runNls(['plan', '--exam', exam, '--minutes', '10'], env);
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  expect(result.stdout).toContain(
    `Exam ${exam}: 20 days away; 2 studied items in scope, 1 never studied.`,
  );
  expect(result.stdout).toMatch(/To reach 90\.0 %: 1 review \(1 Anki, 0 quiz\)/);
  expect(result.stdout).toContain('Fits 10 minutes a day');
  expect(result.stdout).toContain('Nothing was rescheduled');
  expect(
    fake
      .requestsFor('multi')
      .flatMap((r) => r.params.actions as {action: string}[])
      .filter((a) => a.action === 'setDueDate'),
  ).toHaveLength(0);
}, 60_000);

it('--apply needs --yes without a terminal; with it only the planned card moves', async () => {
  const refused = await runNls(['plan', '--exam', exam, '--apply'], env);
  expect(refused.code).toBe(2);
  expect(refused.stderr).toContain('Move 1 Anki card and 0 quiz items to their planned days?');
  const before = new Map([...fake.collection.cards].map(([id, card]) => [id, card.due]));
  const applied = await runNls(['plan', '--exam', exam, '--apply', '--yes'], env);
  expect(applied.code).toBe(0);
  expect(applied.stdout).toContain('Moved 1 Anki card and 0 quiz items.');
  const moved = [...fake.collection.cards].filter(([id, card]) => before.get(id) !== card.due);
  expect(moved).toHaveLength(1);
}, 60_000);
