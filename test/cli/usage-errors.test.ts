import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {runNls} from '../helpers/run-nls.js';

// Issue 17, defect 9: numbers are whole decimal numbers (not hex, exponents or fractions), and a
// mistyped command is named as unknown with the closest command.
const home = mkdtempSync(path.join(os.tmpdir(), 'nls-usage-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

it.each([
  ['quiz', '--count'],
  ['clean', '--limit'],
  ['review list', '--limit'],
])('%s refuses %s 0x10, 1e1 and 1.5 alike', async (command, flag) => {
  for (const value of ['0x10', '1e1', '1.5', ' 7']) {
    const result = await runNls([...command.split(' '), flag, value], {NLS_HOME: home});
    expect(result.code, `${command} ${flag} ${value}`).toBe(2);
    expect(result.stderr).toContain(`${flag} must be a whole number`);
    expect(result.stderr).toContain(`"${value}"`);
  }
});

it.each([
  ['synk', 'sync'],
  ['qiuz', 'quiz'],
  ['doctr', 'doctor'],
  ['review lst', 'list'],
])('an unknown command %s says so and suggests %s', async (typo, closest) => {
  const result = await runNls(typo.split(' '), {NLS_HOME: home});
  expect(result.code).toBe(2);
  expect(result.stderr).toContain(`unknown command '${typo.split(' ').at(-1)}'`);
  expect(result.stderr).toContain(`Did you mean ${closest}?`);
  expect(result.stdout).toBe('');
});

it('an unknown command with nothing close still says "unknown command"', async () => {
  const result = await runNls(['zzzzzzzz'], {NLS_HOME: home});
  expect(result.code).toBe(2);
  expect(result.stderr).toContain("unknown command 'zzzzzzzz'");
  expect(result.stderr).toContain('run with --help for usage');
  expect(result.stderr).not.toContain('Did you mean');
});
