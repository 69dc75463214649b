import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {loadConfig} from '../../../source/config/load-config.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-settings-read-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

it('reads a settings file that starts with a UTF-8 byte-order mark', () => {
  writeFileSync(path.join(home, 'nls.config.json'), '\uFEFF{"ANKI_DECK": "Networks"}', 'utf8');
  expect(loadConfig({NLS_HOME: home}, home).anki.deck).toBe('Networks');
});

it('reads a settings file of exactly 1 MB', () => {
  const body = '{"ANKI_DECK": "Networks"}';
  writeFileSync(path.join(home, 'nls.config.json'), body.padEnd(1024 * 1024, ' '));
  expect(loadConfig({NLS_HOME: home}, home).anki.deck).toBe('Networks');
});
