import {execFileSync} from 'node:child_process';
import {chmodSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {runNls} from '../helpers/run-nls.js';

// Issue 17, defects 8 and 9: settings files are read only when they are regular files of at
// most 1 MB, and a data directory nls cannot use is a plain error, not a stack trace.
const root = mkdtempSync(path.join(os.tmpdir(), 'nls-settings-files-'));
// Others may pass through it (the unreadable-home case runs nls as another user).
chmodSync(root, 0o755);
afterAll(() => {
  chmodSync(root, 0o755);
  rmSync(root, {recursive: true, force: true});
});

let counter = 0;
function newHome(): string {
  counter += 1;
  const home = path.join(root, `home-${counter}`);
  mkdirSync(home);
  return home;
}

// A hang or an endless read must end as a failed test, not a stuck run.
const deadlineMs = 8000;

async function refused(home: string, cwd = root) {
  const result = await runNls(['db', 'status'], {NLS_HOME: home}, {cwd, deadlineMs});
  expect(result.timedOut, 'nls did not finish').toBe(false);
  expect(result.code).toBe(1);
  expect(result.stderr).toMatch(/^✘ /);
  expect(result.stderr).not.toContain('hit a bug');
  return result.stderr;
}

it('refuses a settings file that is a symlink to /dev/zero, at once', async () => {
  const home = newHome();
  symlinkSync('/dev/zero', path.join(home, 'nls.config.json'));
  const stderr = await refused(home);
  expect(stderr).toContain(path.join(home, 'nls.config.json'));
  expect(stderr).toContain('not a regular file');
});

it('refuses a settings file that is a FIFO without waiting for a writer', async () => {
  const home = newHome();
  const cwd = newHome();
  execFileSync('mkfifo', [path.join(cwd, 'nls.config.json')]);
  const stderr = await refused(home, cwd);
  expect(stderr).toContain('not a regular file');
});

it('refuses a settings file over 1 MB and says the limit', async () => {
  const home = newHome();
  const padding = ' '.repeat(1024 * 1024);
  writeFileSync(path.join(home, 'nls.config.json'), `{"ANKI_DECK": "NLS"${padding}}`);
  const stderr = await refused(home);
  expect(stderr).toContain('1 MB');
});

it('explains an NLS_HOME that is a file', async () => {
  const file = path.join(root, 'a-file');
  writeFileSync(file, 'not a directory');
  const stderr = await refused(file);
  expect(stderr).toContain(`NLS_HOME (${file}) is a file`);
  expect(stderr).toContain('Set NLS_HOME to a directory');
});

it('explains an NLS_HOME under a file', async () => {
  const file = path.join(root, 'another-file');
  writeFileSync(file, 'not a directory');
  const stderr = await refused(path.join(file, 'nls'));
  expect(stderr).toContain(`${file} is a file`);
  expect(stderr).toContain('Set NLS_HOME to a directory');
});

it('explains an NLS_HOME nls may not read or write', async () => {
  const home = newHome();
  chmodSync(home, 0o000);
  // root reads anything: as root, run nls as the unprivileged "nobody" to meet the error.
  const asUser = process.getuid?.() === 0 ? {uid: 65534, gid: 65534} : {};
  const result = await runNls(['db', 'status'], {NLS_HOME: home}, {deadlineMs, ...asUser});
  chmodSync(home, 0o755);
  expect(result.timedOut).toBe(false);
  expect(result.code).toBe(1);
  expect(result.stderr).not.toContain('hit a bug');
  expect(result.stderr).toContain(`NLS_HOME (${home}) cannot be read or written`);
  expect(result.stderr).toContain('chmod u+rwx');
});
