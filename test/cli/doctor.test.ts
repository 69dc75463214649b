import {chmodSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {runNls} from '../helpers/run-nls.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-doctor-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

it('explains every missing setting with its fix when nothing is configured', async () => {
  const result = await runNls(['doctor'], {NLS_HOME: home, ANKI_CONNECT_URL: 'http://127.0.0.1:9'});
  expect(result.code).toBe(0);
  expect(result.stdout).toMatch(/✔ database\s+embedded \(.*pgdata\): schema up to date/);
  expect(result.stdout).toContain('NOTION_TOKEN is not set');
  expect(result.stdout).toContain('set NOTION_TOKEN to its secret');
  for (const variable of [
    'NOTION_FLASHCARDS_DB',
    'NOTION_CONCEPTS_DB',
    'NOTION_CONCEPT_AREAS_DB',
    'NOTION_CONCEPT_CLUSTERS_DB',
    'NOTION_MODULES_DB',
    'NOTION_TRACKS_DB',
    'NOTION_PROGRAMS_DB',
  ]) {
    expect(result.stdout).toContain(`Set ${variable}`);
  }
  expect(result.stdout).toContain('not reachable at http://127.0.0.1:9');
  expect(result.stdout).toContain('or set ANKI_CONNECT_URL');
  expect(result.stdout).toContain('GEMINI_API_KEY is not set');
  expect(result.stdout).toMatch(/✔ Anki day\s+.+ \(this machine's\), day starts 04:00/);
});

it('never prints a configured secret, in text or JSON, and warns about a readable settings file', async () => {
  const token = 'ntn_CANARY_notion_token_7f3a9b1c';
  const gemini = 'AIzaCANARY_gemini_key_55d2e8aa';
  const anki = 'CANARY_anki_key_0c4d';
  const fileHome = mkdtempSync(path.join(os.tmpdir(), 'nls-doctor-file-'));
  const file = path.join(fileHome, 'nls.config.json');
  writeFileSync(file, JSON.stringify({GEMINI_API_KEY: gemini}));
  chmodSync(file, 0o644);
  const env = {
    NLS_HOME: fileHome,
    NOTION_TOKEN: token,
    NOTION_BASE_URL: 'http://127.0.0.1:9',
    ANKI_CONNECT_URL: 'http://127.0.0.1:9',
    ANKI_CONNECT_KEY: anki,
    NOTION_FLASHCARDS_DB: 'https://www.notion.so/abc/Flashcards-0123456789abcdef0123456789abcdef',
  };
  for (const args of [['doctor'], ['doctor', '--json']]) {
    const result = await runNls(args, env);
    const all = result.stdout + result.stderr;
    expect(result.code).toBe(0);
    for (const secret of [token, gemini, anki]) expect(all).not.toContain(secret);
    expect(all).toContain(`****${token.slice(-4)}`);
    expect(all).toContain(`****${gemini.slice(-4)}`);
    expect(all).toContain('chmod 600');
  }
  rmSync(fileHome, {recursive: true, force: true});
});

it('checks Vertex AI instead of the Gemini key when Vertex AI is configured', async () => {
  const credentials = path.join(home, 'adc.json');
  writeFileSync(credentials, '{"type":"external_account"}');
  const env = {
    NLS_HOME: home,
    ANKI_CONNECT_URL: 'http://127.0.0.1:9',
    GOOGLE_GENAI_USE_VERTEXAI: 'true',
    GOOGLE_CLOUD_PROJECT: 'nls-study',
    GOOGLE_CLOUD_LOCATION: 'europe-west4',
  };
  type Check = {name: string; status: string; detail: string; fix?: string};
  const vertexCheck = async (extra: Record<string, string>) => {
    const result = await runNls(['doctor', '--json', '--offline'], {...env, ...extra});
    const {checks} = JSON.parse(result.stdout) as {checks: Check[]};
    expect(checks.some((c) => c.name === 'Gemini')).toBe(false);
    return checks.find((c) => c.name === 'Vertex AI');
  };
  expect(await vertexCheck({GOOGLE_APPLICATION_CREDENTIALS: credentials})).toMatchObject({
    status: 'ok',
    detail: `project nls-study, location europe-west4, model gemini-2.5-flash; credentials from ${credentials}`,
  });
  const missing = await vertexCheck({GOOGLE_APPLICATION_CREDENTIALS: path.join(home, 'none.json')});
  expect(missing).toMatchObject({status: 'warn'});
  expect(missing?.fix).toContain('gcloud auth application-default login');
});
