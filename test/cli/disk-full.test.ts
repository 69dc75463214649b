import {execFileSync} from 'node:child_process';
import {
  closeSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  rmSync,
  statSync,
  truncateSync,
  writeSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {openDatabase} from '../../source/db/connection.js';
import {notionEnv} from '../db/notion-fixtures.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import {generateWorkspace} from '../fakes/notion-workspace.js';
import {runNls} from '../helpers/run-nls.js';

// A real full disk: the data directory on a 64 MB tmpfs (tests run as root in CI), filled up
// after the database was created, then a Notion sync that must write.
const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-disk-full-'));
const disk = path.join(temp, 'disk');
let notion: FakeNotionServer;
let env: Record<string, string>;
beforeAll(async () => {
  mkdirSync(disk);
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=64m', 'tmpfs', disk]);
  const workspace = generateWorkspace({seed: 5, flashcards: 150});
  notion = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
  env = {...notionEnv(notion, workspace), NLS_HOME: path.join(disk, 'home')};
});
afterAll(async () => {
  await notion?.close();
  try {
    execFileSync('umount', [disk]);
  } finally {
    rmSync(temp, {recursive: true, force: true});
  }
});

/** Writes a file until the disk says "No space left on device". */
function fillUp(file: string): void {
  const fd = openSync(file, 'w');
  const block = Buffer.alloc(64 * 1024, 1);
  try {
    for (;;) writeSync(fd, block);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error;
  } finally {
    closeSync(fd);
  }
}

it('a full disk during a sync: a plain error saying so, no run left running, then the rerun completes', async () => {
  const created = await runNls(['db', 'migrate'], env);
  expect(created.code, created.stderr).toBe(0);
  const filler = path.join(disk, 'filler');
  fillUp(filler);
  // Room for the lock and a start, not for the sync's rows.
  truncateSync(filler, statSync(filler).size - 192 * 1024);
  const full = await runNls(['sync', 'notion'], env);
  expect(full.code).toBe(1);
  expect(full.stderr).toContain('No space left on device');
  expect(full.stderr).toContain('disk');
  expect(full.stderr).not.toMatch(/hit a bug|\n\s+at /);
  rmSync(filler);
  const again = await runNls(['sync', 'notion', '--json'], env);
  expect(again.code, again.stderr).toBe(0);
  const db = await openDatabase({dataDir: path.join(env.NLS_HOME!, 'pgdata')});
  try {
    const runs = await db.sql<{status: string}[]>`
      select status from sync_log where sync_type like 'notion%' order by started_at`;
    expect(runs.map((run) => run.status)).not.toContain('running');
    expect(runs.at(-1)?.status).toBe('completed');
  } finally {
    await db.close();
  }
}, 180_000);
