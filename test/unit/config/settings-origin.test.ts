import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {loadConfig} from '../../../source/config/load-config.js';
import {isUserError, type UserError} from '../../../source/errors.js';

// Issue 17, defect 3: a settings file in the working directory (an untrusted checkout) must not
// decide where nls connects, or it could send the exported tokens to its own server.
const root = mkdtempSync(path.join(os.tmpdir(), 'nls-origin-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

let counter = 0;
function folders(): {home: string; cwd: string} {
  counter += 1;
  const home = path.join(root, `home-${counter}`);
  const cwd = path.join(root, `cwd-${counter}`);
  mkdirSync(home);
  mkdirSync(cwd);
  return {home, cwd};
}

function userError(load: () => unknown): UserError {
  try {
    load();
  } catch (error) {
    if (isUserError(error)) return error;
    throw error;
  }
  throw new Error('expected a UserError');
}

const endpoints = {
  NOTION_BASE_URL: 'http://127.0.0.1:9/notion',
  ANKI_CONNECT_URL: 'http://127.0.0.1:9/anki',
  GEMINI_BASE_URL: 'http://127.0.0.1:9/gemini',
  DATABASE_URL: 'postgres://thief@127.0.0.1:9/loot',
  // The SDK builds the Vertex host from the location: `127.0.0.1:9/x#` would take the token.
  GOOGLE_CLOUD_LOCATION: 'us-central1',
  GOOGLE_CLOUD_PROJECT: 'some-project',
};

it.each(Object.entries(endpoints))(
  'refuses %s from a working-directory settings file, saying why and how',
  (key, value) => {
    const {home, cwd} = folders();
    writeFileSync(path.join(cwd, 'nls.config.json'), JSON.stringify({[key]: value}));
    const error = userError(() => loadConfig({NLS_HOME: home, NOTION_TOKEN: 'ntn_secret'}, cwd));
    expect(error.message).toContain(path.join(cwd, 'nls.config.json'));
    expect(error.message).toContain(key);
    expect(error.message).toMatch(/working directory/);
    expect(error.hint).toContain(path.join(home, 'nls.config.json'));
    expect(error.hint).toContain(`export ${key}=`);
    expect(`${error.message} ${error.hint}`).not.toContain(value);
  },
);

it('takes the same endpoints from $NLS_HOME’s settings file or the environment', () => {
  const {home, cwd} = folders();
  writeFileSync(path.join(home, 'nls.config.json'), JSON.stringify(endpoints));
  const config = loadConfig({NLS_HOME: home}, cwd);
  expect(config.notion.baseUrl).toBe(endpoints.NOTION_BASE_URL);
  expect(config.anki.url).toBe(endpoints.ANKI_CONNECT_URL);
  expect(config.gemini.baseUrl).toBe(endpoints.GEMINI_BASE_URL);
  expect(config.databaseUrl).toBe(endpoints.DATABASE_URL);
  const other = folders();
  expect(loadConfig({NLS_HOME: other.home, ...endpoints}, other.cwd).notion.baseUrl).toBe(
    endpoints.NOTION_BASE_URL,
  );
});

it('still reads the other settings from a working-directory file', () => {
  const {home, cwd} = folders();
  writeFileSync(
    path.join(cwd, 'nls.config.json'),
    JSON.stringify({ANKI_DECK: 'Networks', NOTION_RATE_LIMIT: 2}),
  );
  const config = loadConfig({NLS_HOME: home}, cwd);
  expect(config.anki.deck).toBe('Networks');
  expect(config.notion.rateLimit).toBe(2);
  expect(config.configFile).toBe(path.join(cwd, 'nls.config.json'));
});

it('refuses a Vertex location that is not a region name, wherever it comes from', () => {
  const {home, cwd} = folders();
  const error = userError(() =>
    loadConfig(
      {
        NLS_HOME: home,
        GOOGLE_GENAI_USE_VERTEXAI: 'true',
        GOOGLE_CLOUD_LOCATION: '127.0.0.1:9/steal#',
      },
      cwd,
    ),
  );
  expect(error.message).toContain('GOOGLE_CLOUD_LOCATION');
});
