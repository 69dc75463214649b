import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {openDatabase} from '../../source/db/connection.js';
import {notionEnv} from '../db/notion-fixtures.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {type GeminiServer, startGeminiServer} from '../fakes/gemini-server.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import {generateWorkspace} from '../fakes/notion-workspace.js';
import {runNls} from '../helpers/run-nls.js';

// Canary secrets: none of them may appear in any output, in sync_log or in cleaning_log, even
// when a service answers with an error that echoes the secret back.
const notionToken = 'ntn_CANARY_9f8e7d6c5b4a39281706';
const geminiKey = 'AIzaCANARY_gemini_0a1b2c3d4e5f';
const ankiKey = 'CANARY_anki_key_77aa88bb';
const canaries = [notionToken, geminiKey, ankiKey];

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-secrets-'));
let notion: FakeNotionServer;
let gemini: GeminiServer;
let anki: FakeAnki;
let env: Record<string, string>;
const outputs: string[] = [];

beforeAll(async () => {
  const workspace = generateWorkspace({seed: 11, flashcards: 20});
  notion = await FakeNotionServer.start({
    databases: workspace.databases,
    now: workspace.now,
    token: notionToken,
  });
  gemini = await startGeminiServer({apiKey: geminiKey});
  anki = await startFakeAnki({key: 'the-right-key'});
  env = {
    ...notionEnv(notion, workspace),
    NLS_HOME: home,
    GEMINI_API_KEY: geminiKey,
    GEMINI_BASE_URL: gemini.url,
    ANKI_CONNECT_URL: anki.url,
    ANKI_CONNECT_KEY: ankiKey,
  };
});
afterAll(async () => {
  await notion.close();
  await gemini.close();
  await anki.stop();
  rmSync(home, {recursive: true, force: true});
});

async function run(args: string[], extra: Record<string, string> = {}) {
  const result = await runNls(args, {...env, ...extra});
  outputs.push(result.stdout, result.stderr);
  return result;
}

it('keeps every secret out of output, sync_log and cleaning_log, in success and failure', async () => {
  expect((await run(['sync', 'notion'])).code).toBe(0);
  // Notion answers 400 with the token echoed in its message.
  notion.faults.inject(50, {
    status: 400,
    code: 'validation_error',
    message: `bad token ${notionToken}`,
  });
  expect((await run(['sync', 'notion', '--full'])).code).toBe(1);
  notion.faults.clear();
  // Gemini refuses with the key in its error message (not retried: 403).
  gemini.script(
    ...Array.from({length: 5}, () => ({
      type: 'error' as const,
      status: 403,
      message: `API key ${geminiKey} is not allowed`,
    })),
  );
  await run(['clean', '--rewrite', '--limit', '3']);
  expect(gemini.log.length).toBeGreaterThan(0);
  // AnkiConnect rejects the key.
  expect((await run(['sync', 'anki', 'push'])).code).toBe(1);
  await run(['doctor']);
  await run(['doctor', '--json']);

  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  try {
    const logs = await db.sql`select sync_type, status, error_message, details from sync_log`;
    const cleaning = await db.sql`select old_value, new_value from cleaning_log`;
    expect(logs.map((row) => row.status)).toContain('failed');
    const stored = JSON.stringify(logs) + JSON.stringify(cleaning);
    for (const secret of canaries) {
      expect(stored, 'database').not.toContain(secret);
      for (const text of outputs) expect(text, 'output').not.toContain(secret);
    }
  } finally {
    await db.close();
  }
}, 240_000);
