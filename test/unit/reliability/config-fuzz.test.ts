import {mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import {afterAll, expect, it} from 'vitest';
import {loadConfig} from '../../../source/config/load-config.js';
import {isUserError} from '../../../source/errors.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-config-fuzz-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));
const file = path.join(home, 'nls.config.json');

/** loadConfig either succeeds or throws a UserError naming the file; nothing else. */
function outcome(): 'ok' | 'user-error' {
  try {
    loadConfig({NLS_HOME: home}, home);
    return 'ok';
  } catch (error) {
    if (isUserError(error) && error.message.includes(file)) return 'user-error';
    throw error;
  }
}

const keys = [
  'DATABASE_URL',
  'NOTION_TOKEN',
  'NOTION_RATE_LIMIT',
  'PROTECT_NOTION',
  'ANKI_MIN_QUALITY',
  'GEMINI_RPM',
  'properties',
  'unknown_key',
];

it('any bytes in the settings file give a config or a clear error, never a crash', () => {
  fc.assert(
    fc.property(fc.uint8Array({maxLength: 200}), (bytes) => {
      writeFileSync(file, bytes);
      expect(['ok', 'user-error']).toContain(outcome());
    }),
    {numRuns: 300},
  );
});

it('any JSON object with known and unknown keys and any values is handled', () => {
  fc.assert(
    fc.property(
      fc.dictionary(fc.constantFrom(...keys), fc.jsonValue({maxDepth: 3}), {maxKeys: 5}),
      (object) => {
        writeFileSync(file, JSON.stringify(object));
        expect(['ok', 'user-error']).toContain(outcome());
      },
    ),
    {numRuns: 300},
  );
});

it('bad numbers in the environment are explained with the setting to fix', () => {
  for (const [name, value] of [
    ['NOTION_RATE_LIMIT', 'fast'],
    ['ANKI_MIN_QUALITY', '-1'],
    ['GEMINI_RPM', 'NaN'],
  ] as const) {
    rmSync(file, {force: true});
    expect(() => loadConfig({NLS_HOME: home, [name]: value}, home)).toThrow(
      `${name} (from the environment) must be a non-negative number`,
    );
  }
});
