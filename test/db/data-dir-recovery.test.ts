import {existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {recoverDataDir} from '../../source/db/embedded-lifecycle.js';

// Every state a kill can leave between the steps of a restore or a creation, and what the next
// start makes of it. (The kill tests reach these at random; here each one is set up on purpose.)
const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-recovery-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

let cases = 0;
function setUp(dirs: Record<string, string>): string {
  const dataDir = path.join(temp, `case-${cases++}`, 'pgdata');
  for (const [suffix, marker] of Object.entries(dirs)) {
    mkdirSync(`${dataDir}${suffix}`, {recursive: true});
    writeFileSync(path.join(`${dataDir}${suffix}`, 'marker'), marker);
  }
  return dataDir;
}

const contents = (dataDir: string) => readFileSync(path.join(dataDir, 'marker'), 'utf8');
const leftovers = (dataDir: string) =>
  ['.creating', '.restore-new', '.restore-old'].filter((suffix) =>
    existsSync(`${dataDir}${suffix}`),
  );

it('killed while the backup was unpacked or checked: rolled back, and said so', () => {
  const dataDir = setUp({'': 'old', '.restore-new': 'half'});
  expect(recoverDataDir(dataDir)).toMatch(/interrupted nls db restore was rolled back/);
  expect(contents(dataDir)).toBe('old');
  expect(leftovers(dataDir)).toEqual([]);
});

it('killed between the two renames: the verified backup is switched in, and said so', () => {
  const dataDir = setUp({'.restore-old': 'old', '.restore-new': 'restored'});
  expect(recoverDataDir(dataDir)).toMatch(/interrupted nls db restore was completed/);
  expect(contents(dataDir)).toBe('restored');
  expect(leftovers(dataDir)).toEqual([]);
});

it('killed while the old data was being removed: completed, and said so', () => {
  const dataDir = setUp({'': 'restored', '.restore-old': 'old, partly deleted'});
  expect(recoverDataDir(dataDir)).toMatch(/was completed/);
  expect(contents(dataDir)).toBe('restored');
  expect(leftovers(dataDir)).toEqual([]);
});

it('only the old data aside and nothing else: it is put back', () => {
  const dataDir = setUp({'.restore-old': 'old'});
  expect(recoverDataDir(dataDir)).toMatch(/was rolled back/);
  expect(contents(dataDir)).toBe('old');
});

it('a half-unpacked new cluster is removed; a clean directory needs no word', () => {
  const dataDir = setUp({'': 'data', '.creating': 'half'});
  expect(recoverDataDir(dataDir)).toBeUndefined();
  expect(leftovers(dataDir)).toEqual([]);
  expect(contents(dataDir)).toBe('data');
  expect(recoverDataDir(dataDir)).toBeUndefined();
});
