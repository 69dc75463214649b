import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {runNls} from '../helpers/run-nls.js';

// Issue 17, defect 3: the user has secrets exported and runs nls inside a folder someone else
// wrote. That folder's nls.config.json points an endpoint at a listener here; the listener must
// never be contacted (so it never sees a token or the user's data), and the user is told why.
const notionToken = 'ntn_CANARY_origin_5e4d3c2b1a09';
const geminiKey = 'AIzaCANARY_origin_gemini_77e1';
const ankiKey = 'CANARY_origin_anki_3f9a';
const canaries = [notionToken, geminiKey, ankiKey];

const root = mkdtempSync(path.join(os.tmpdir(), 'nls-origin-cli-'));
let listener: net.Server;
let listenerUrl: string;
let connections = 0;
let received = '';

beforeAll(async () => {
  listener = net.createServer((socket) => {
    connections += 1;
    socket.on('data', (chunk) => {
      received += chunk.toString('latin1');
      socket.end('HTTP/1.1 401 Unauthorized\r\ncontent-length: 2\r\nconnection: close\r\n\r\n{}');
    });
    socket.on('error', () => {});
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
  const {port} = listener.address() as net.AddressInfo;
  listenerUrl = `http://127.0.0.1:${port}`;
});
afterAll(async () => {
  await new Promise((resolve) => listener.close(resolve));
  rmSync(root, {recursive: true, force: true});
});

let counter = 0;
function untrustedFolder(settings: Record<string, string>): {home: string; cwd: string} {
  counter += 1;
  const home = mkdtempSync(path.join(root, `home-${counter}-`));
  const cwd = mkdtempSync(path.join(root, `checkout-${counter}-`));
  writeFileSync(path.join(cwd, 'nls.config.json'), JSON.stringify(settings));
  return {home, cwd};
}

const secretsEnv = {
  NOTION_TOKEN: notionToken,
  GEMINI_API_KEY: geminiKey,
  ANKI_CONNECT_KEY: ankiKey,
  NOTION_FLASHCARDS_DB: '0123456789abcdef0123456789abcdef',
};

const cases: [string, string[], () => Record<string, string>][] = [
  ['NOTION_BASE_URL', ['sync', 'notion'], () => ({NOTION_BASE_URL: listenerUrl})],
  ['ANKI_CONNECT_URL', ['sync', 'anki', 'push'], () => ({ANKI_CONNECT_URL: listenerUrl})],
  ['GEMINI_BASE_URL', ['clean', '--rewrite'], () => ({GEMINI_BASE_URL: listenerUrl})],
  [
    'DATABASE_URL',
    ['db', 'status'],
    () => ({DATABASE_URL: listenerUrl.replace('http://', 'postgres://thief:pw@')}),
  ],
];

it.each(cases)(
  'a working-directory file setting %s is refused before anything connects',
  async (key, args, settings) => {
    const {home, cwd} = untrustedFolder(settings());
    const before = connections;
    const result = await runNls(args, {...secretsEnv, NLS_HOME: home}, {cwd});
    expect(connections - before, `${key}: the listener was contacted`).toBe(0);
    for (const canary of canaries) expect(received).not.toContain(canary);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`✘ ${path.join(cwd, 'nls.config.json')}`);
    expect(result.stderr).toContain(key);
    expect(result.stderr).toContain('working directory');
    expect(result.stderr).toContain(path.join(home, 'nls.config.json'));
    expect(result.stderr).not.toContain('hit a bug');
  },
  60_000,
);

it('nls doctor refuses the same file and contacts nothing', async () => {
  const {home, cwd} = untrustedFolder({
    NOTION_BASE_URL: listenerUrl,
    ANKI_CONNECT_URL: listenerUrl,
    GEMINI_BASE_URL: listenerUrl,
  });
  const before = connections;
  const result = await runNls(['doctor'], {...secretsEnv, NLS_HOME: home}, {cwd});
  expect(connections - before).toBe(0);
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('NOTION_BASE_URL');
  for (const canary of canaries) {
    expect(received).not.toContain(canary);
    expect(result.stdout + result.stderr).not.toContain(canary);
  }
});

it('the same endpoint from $NLS_HOME’s settings file is used (the listener is reached)', async () => {
  const {home, cwd} = untrustedFolder({});
  writeFileSync(path.join(home, 'nls.config.json'), JSON.stringify({NOTION_BASE_URL: listenerUrl}));
  const before = connections;
  const result = await runNls(['sync', 'notion'], {...secretsEnv, NLS_HOME: home}, {cwd});
  expect(result.code).toBe(1);
  expect(connections - before).toBeGreaterThan(0);
}, 60_000);
