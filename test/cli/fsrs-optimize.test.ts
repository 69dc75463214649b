import {spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {migrate} from '../../source/db/migrate.js';
import {insertAnkiCourse} from '../db/anki-fixtures.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {cliPath, isolatedEnv, runNls} from '../helpers/run-nls.js';
import {syntheticRevlog} from '../helpers/synthetic/fsrs-revlog.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-fsrs-optimize-'));
const CARDS = 300;
let fake: FakeAnki;
let env: Record<string, string>;

beforeAll(async () => {
  fake = await startFakeAnki({timing: {timeZone: 'UTC', rolloverHour: 4}});
  env = {NLS_HOME: home, ANKI_CONNECT_URL: fake.url, ANKI_TIMEZONE: 'UTC'};
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    await migrate(db.sql);
    const atoms = Array.from({length: CARDS}, (_, i) => ({cardId: `OPT-${i}`}));
    await insertAnkiCourse(db.sql, 'Opt', atoms);
  } finally {
    await db.close();
  }
  expect((await runNls(['sync', 'anki', 'push'], env)).code).toBe(0);
  const start = Date.now() - 400 * 86_400_000;
  const timing = {timeZone: 'UTC', rolloverHour: 4};
  const histories = syntheticRevlog({
    cards: CARDS,
    reviewsPerCard: 5,
    timing,
    startMs: start,
    seed: 3,
  });
  [...fake.collection.cards.keys()].forEach((cardId, index) => {
    const history = (histories[index] ?? []).filter((r) => r.reviewId < Date.now());
    const answers = history.map((r) => ({rating: r.ease as 1 | 2 | 3 | 4, at: r.reviewedAt}));
    fake.simulateReviews(cardId, answers);
  });
  expect((await runNls(['sync', 'anki', 'pull'], env)).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await fake.stop();
  rmSync(home, {recursive: true, force: true});
});

const saves = () => fake.requestsFor('saveDeckConfig').length;

it('prints current and fitted parameters with their scores, writing nothing', async () => {
  const before = structuredClone(fake.collection.presetOf('Default'));
  const result = await runNls(['fsrs', 'optimize'], env);
  expect(result.stderr).not.toMatch(/Error|✘/);
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/Preset Default: 300 cards, \d+ reviews to learn from\./);
  expect(result.stdout).toMatch(/current {2}log loss 0\.\d{4}, RMSE \d+\.\d\d %/);
  expect(result.stdout).toMatch(/fitted {3}log loss 0\.\d{4}/);
  expect(result.stdout).toContain('time-series split evaluation of the fit');
  expect(saves()).toBe(0);
  expect(fake.collection.presetOf('Default')).toEqual(before);
}, 60_000);

it('--apply without a terminal needs --yes and changes nothing', async () => {
  const result = await runNls(['fsrs', 'optimize', '--apply'], env);
  expect(result.code).toBe(2);
  expect(result.stderr).toContain('add --yes');
  expect(saves()).toBe(0);
}, 60_000);

/** Runs nls under a pseudo-terminal (util-linux `script`) and answers the prompt. */
function runInTerminal(args: string[], answer: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const command = [process.execPath, cliPath, ...args].map((a) => `'${a}'`).join(' ');
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      env: isolatedEnv(env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (out.includes('[y/N]') && !child.stdin.writableEnded) child.stdin.end(`${answer}\n`);
    });
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

it('asks in a terminal: no leaves the preset, yes writes only fsrsParams6', async () => {
  const before = structuredClone(fake.collection.presetOf('Default'));
  const declined = await runInTerminal(['fsrs', 'optimize', '--apply'], 'n');
  expect(declined).toContain('Write the fitted parameters to preset Default in Anki?');
  expect(declined).toContain('Nothing written to Anki.');
  expect(saves()).toBe(0);

  const accepted = await runInTerminal(['fsrs', 'optimize', '--apply', '--json'], 'y');
  expect(saves()).toBe(1);
  const json = JSON.parse(accepted.slice(accepted.indexOf('{')));
  const fitted = json.presets[0].outcome.fitted as number[];
  const after = fake.collection.presetOf('Default');
  expect(after.fsrsParams6).toEqual(fitted.map((p) => Math.round(p * 10_000) / 10_000));
  const {fsrsParams6: _a, mod: _b, usn: _c, ...rest} = after;
  const {fsrsParams6: _d, mod: _e, usn: _f, ...restBefore} = before;
  expect(rest).toEqual(restBefore);
}, 120_000);

it('--yes applies without a terminal', async () => {
  const result = await runNls(['fsrs', 'optimize', '--apply', '--yes', '--json'], env);
  expect(result.code).toBe(0);
  expect(JSON.parse(result.stdout).applied.length).toBeLessThanOrEqual(1);
}, 60_000);
