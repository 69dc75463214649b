import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, describe, expect, it} from 'vitest';
import {ACTION_IDS} from '../../source/keymap/keymap.js';
import {runNls} from '../helpers/run-nls.js';

// Issue 20, acceptance 2: a remap in the settings file shows in `nls keys`, and each invalid
// remap stops nls with a message naming the setting and the fix.
const root = mkdtempSync(path.join(os.tmpdir(), 'nls-keys-cli-'));
afterAll(() => rmSync(root, {recursive: true, force: true}));

let counter = 0;
function homeWith(settings: unknown): string {
  counter += 1;
  const home = path.join(root, `home-${counter}`);
  mkdirSync(home);
  if (settings !== undefined) {
    writeFileSync(path.join(home, 'nls.config.json'), JSON.stringify(settings));
  }
  return home;
}

const keys = (settings: unknown, args: string[] = []) =>
  runNls(['keys', ...args], {NLS_HOME: homeWith(settings)}, {cwd: root, deadlineMs: 15_000});

const rowOf = (stdout: string, id: string) =>
  stdout.split('\n').find((line) => line.split(/\s+/)[1] === id);

describe('nls keys', () => {
  it('prints every default binding as plain text, one row per action', async () => {
    const result = await keys(undefined);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe('');
    expect(result.stdout.split('\n')[0]).toMatch(/^SCOPE +ACTION +KEYS +DESCRIPTION$/);
    for (const id of ACTION_IDS) expect(rowOf(result.stdout, id), id).toBeDefined();
    expect(rowOf(result.stdout, 'list.down')).toMatch(/^list +list\.down +j\/↓ +Select next row$/);
    expect(result.stdout).toContain('All keys are the defaults.');
    // NO_COLOR is set by runNls; nothing but text reaches the pipe.
    expect(result.stdout).not.toContain('\u001B');
  });

  it('shows a remap from the settings file, marked, and as JSON', async () => {
    const settings = {keys: {'review.approve': ['a', 'y'], 'global.help': 'H'}};
    const text = await keys(settings);
    expect(text.code).toBe(0);
    expect(rowOf(text.stdout, 'review.approve')).toMatch(
      /^review +review\.approve +a\/y \* +Approve the rewrite$/,
    );
    expect(rowOf(text.stdout, 'global.help')).toMatch(/ H \* +Show key help$/);
    expect(rowOf(text.stdout, 'review.reject')).not.toContain('*');
    expect(text.stdout).toContain('* remapped in');

    const json = await keys(settings, ['--json']);
    expect(json.code).toBe(0);
    const rows = JSON.parse(json.stdout) as {action: string; keys: string[]; remapped: boolean}[];
    expect(rows).toHaveLength(ACTION_IDS.length);
    expect(rows.find((row) => row.action === 'review.approve')).toMatchObject({
      scope: 'review',
      keys: ['a', 'y'],
      remapped: true,
      description: 'Approve the rewrite',
    });
    expect(rows.filter((row) => row.remapped).map((row) => row.action)).toEqual([
      'global.help',
      'review.approve',
    ]);
  });

  it.each([
    [
      'an unknown action',
      {'review.aprove': ['y']},
      'keys."review.aprove" in',
      'names no action nls has',
      'Did you mean keys."review.approve"?',
    ],
    [
      'a bad key spec',
      {'review.approve': ['ctrl+m']},
      'keys."review.approve" in',
      '"ctrl+m", which is not a key nls can read',
      'ctrl+ a letter (not h, i, j or m',
    ],
    [
      'a conflict within a scope',
      {'review.approve': ['r']},
      'keys."review.approve" in',
      'binds r, which review.reject (Reject the rewrite (asks for a reason)) also uses',
      'or remap review.reject too',
    ],
    [
      'a conflict across a scope stack',
      {'global.undo': ['a']},
      'keys."global.undo" in',
      'binds a, which review.approve (Approve the rewrite) also uses where both are active (review → list → global)',
      'Pick another key for global.undo',
    ],
    [
      'a key a text input needs',
      {'palette.run': ['x']},
      'keys."palette.run" in',
      'text typed in the palette input needs it',
      'Pick another key for palette.run',
    ],
    [
      'a value that is no key list',
      {'review.approve': 5},
      'keys."review.approve" in',
      'must be a key or a list of keys',
      'keys."review.approve": ["a", "y"]',
    ],
  ])(
    'refuses %s with the setting and the fix (exit 1)',
    async (_case, remap, setting, problem, fix) => {
      const home = homeWith({keys: remap});
      // Every command checks the remap at start, not only nls keys.
      for (const args of [['keys'], ['db', 'status']]) {
        const result = await runNls(args, {NLS_HOME: home}, {cwd: root, deadlineMs: 15_000});
        expect(result.code, args.join(' ')).toBe(1);
        expect(result.stdout).toBe('');
        const [message, hint] = result.stderr.split('\n');
        expect(message).toMatch(/^✘ /);
        expect(message).toContain(`${setting} ${path.join(home, 'nls.config.json')}`);
        expect(message).toContain(problem);
        expect(hint).toContain(fix);
        expect(result.stderr).not.toContain('hit a bug');
      }
    },
  );
});
