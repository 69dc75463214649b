import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {migrate} from '../../source/db/migrate.js';
import {loadDemoData} from '../../source/demo/load-demo.js';
import {notionEnv} from '../db/notion-fixtures.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {type GeminiServer, startGeminiServer} from '../fakes/gemini-server.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import {generateWorkspace} from '../fakes/notion-workspace.js';
import {runNls} from '../helpers/run-nls.js';

// Issue 17, defect 5: what the TUI test does for screens, for every message the CLI prints
// outside Ink. Every text from the database, Notion, AnkiConnect and Gemini carries clear-screen,
// a cursor move, a title set, an OSC 52 clipboard write, a DCS string, a bell and an 8-bit CSI.
const poison =
  '\u001B[2J\u001B[H\u001B]0;pwned\u0007\u001B]52;c;aGVsbG8=\u0007\u001BPq#0\u001B\\\u0007\u009B31m';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-cli-safety-'));
let notion: FakeNotionServer;
let anki: FakeAnki;
let gemini: GeminiServer;
let env: Record<string, string>;
let conceptWord = '';
const geminiKey = 'AIza-terminal-safety-key';

beforeAll(async () => {
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    await migrate(db.sql);
    await loadDemoData(db.sql, {now: new Date()});
    const names = (await db.sql<{name: string}[]>`select name from concepts order by name`).map(
      (row) => row.name.toLowerCase(),
    );
    // A word inside a concept name that starts none: a typo that gets "Did you mean".
    conceptWord = names
      .flatMap((name) => name.split(' ').slice(1))
      .find((word) => word.length >= 4 && !names.some((name) => name.startsWith(word)))!;
    const p = poison;
    await db.sql`update learning_atoms set front = front || ${p}, back = coalesce(back, '') || ${p}`;
    await db.sql`update concepts set name = name || ${p}`;
    await db.sql`update learning_modules set name = name || ${p}`;
    await db.sql`update clean_concept_clusters set name = name || ${p}`;
    await db.sql`update review_queue set front = front || ${p},
      original_front = coalesce(original_front, '') || ${p}, rewrite_reason = coalesce(rewrite_reason, '') || ${p}`;
    await db.sql`update sync_log set error_message = ${`AnkiConnect said: ${p}`}`;
  } finally {
    await db.close();
  }
  const workspace = generateWorkspace({seed: 5, flashcards: 5});
  notion = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
  anki = await startFakeAnki();
  gemini = await startGeminiServer({apiKey: geminiKey});
  env = {
    ...notionEnv(notion, workspace),
    NLS_HOME: home,
    ANKI_CONNECT_URL: anki.url,
    GEMINI_API_KEY: geminiKey,
    GEMINI_BASE_URL: gemini.url,
  };
});
afterAll(async () => {
  await notion.close();
  await anki.stop();
  await gemini.close();
  rmSync(home, {recursive: true, force: true});
});

/**
 * Only plain text may reach the terminal (colours are off: NO_COLOR is set). JSON keeps the
 * text as data, escaped (`\u001b]52;…` is inert there), so only raw control characters count.
 */
function assertInert(text: string, where: string, isJson = false): void {
  expect(text, `${where}: escape sequence reached the terminal`).not.toMatch(
    /[\u001B\u0007\u0090\u009B\u009C\u009D\u009E\u009F]/,
  );
  if (!isJson) expect(text, where).not.toContain(']52;');
}

async function printed(args: string[], shows: RegExp, extra: Record<string, string> = {}) {
  const result = await runNls(args, {...env, ...extra});
  const all = result.stdout + result.stderr;
  // The check is void unless the poisoned text was printed at all.
  expect(all, `nls ${args.join(' ')} printed nothing expected`).toMatch(shows);
  assertInert(all, `nls ${args.join(' ')}`, args.includes('--json'));
  return result;
}

it('quiz scope errors and hints ("Did you mean") print concept names inert', async () => {
  await printed(['quiz', '--concept', conceptWord], /Did you mean: "/);
  await printed(['quiz', '--module', 'Week 3'], /items are ready in module "Week 3/);
});

it('review list, in text and JSON, prints poisoned cards inert', async () => {
  await printed(['review', 'list'], /pending/i);
  const json = await printed(['review', 'list', '--json'], /"front"/);
  expect(() => JSON.parse(json.stdout)).not.toThrow();
});

it('a Notion error message is printed inert, by sync and by doctor', async () => {
  notion.faults.inject(100, {status: 400, code: 'validation_error', message: `bad ${poison}`});
  try {
    await printed(['sync', 'notion'], /bad/);
    await printed(['sync', 'notion', '--json'], /bad/);
    await printed(['doctor'], /notion/i);
    await printed(['doctor', '--json'], /notion/i);
  } finally {
    notion.faults.clear();
  }
}, 60_000);

it('an AnkiConnect error message is printed inert', async () => {
  anki.failNext(100, `collection ${poison}`);
  await printed(['sync', 'anki', 'push'], /collection/);
  await printed(['sync', 'anki', 'pull', '--json'], /collection/);
}, 60_000);

it('a Gemini error message is printed inert', async () => {
  gemini.script(
    ...Array.from({length: 6}, () => ({
      type: 'error' as const,
      status: 403,
      message: `denied ${poison}`,
    })),
  );
  await printed(['clean', '--rewrite', '--limit', '2'], /denied|403/);
}, 120_000);

it('the check catches raw text (control: the poison printed unsanitised)', () => {
  expect(() => assertInert(`card ${poison}`, 'control')).toThrow();
  expect(() =>
    assertInert(JSON.stringify({front: `card ${poison}`}), 'json control', true),
  ).toThrow();
});
