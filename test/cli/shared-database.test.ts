import {type ChildProcess, spawn} from 'node:child_process';
import {chmodSync, mkdtempSync, rmSync, statSync, utimesSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import {embeddedDataDir} from '../../source/config/paths.js';
import {type Database, openDatabase} from '../../source/db/connection.js';
import {migrate} from '../../source/db/migrate.js';
import {findServedSocket} from '../../source/db/served-socket.js';
import {withSyncLock} from '../../source/db/sync-lock.js';
import {notionEnv, tableCounts} from '../db/notion-fixtures.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import {generateWorkspace} from '../fakes/notion-workspace.js';
import {cliPath, isolatedEnv, type NlsResult, runNls} from '../helpers/run-nls.js';

// This test process opens the embedded database first and so serves it, standing in for the
// terminal app left open; the built CLI started beside it joins through the served socket.
const homes: string[] = [];
const children: ChildProcess[] = [];
function newHome(): string {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nls-shared-'));
  homes.push(home);
  return home;
}
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  for (const home of homes) rmSync(home, {recursive: true, force: true});
});

async function openHolder(home: string): Promise<Database> {
  const db = await openDatabase({dataDir: embeddedDataDir(home)});
  await migrate(db.sql);
  return db;
}

/** Reads from the holder every 20 ms until stopped, like a screen refreshing; the slowest read. */
function keepReading(db: Database) {
  let stop = false;
  let slowest = 0;
  let reads = 0;
  const errors: string[] = [];
  const done = (async () => {
    while (!stop) {
      const started = performance.now();
      try {
        await db.sql`select count(*)::int as n from learning_atoms`;
        reads += 1;
      } catch (error) {
        errors.push(String(error));
      }
      slowest = Math.max(slowest, performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  })();
  return async () => {
    stop = true;
    await done;
    return {slowest, reads, errors};
  };
}

/** Starts the built CLI; resolves its result, and `onStderr` sees its progress lines. */
function startNls(args: string[], env: Record<string, string>) {
  const child = spawn(process.execPath, [cliPath, ...args], {
    env: isolatedEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let stdout = '';
  let stderr = '';
  const watchers: {text: string; resolve: () => void}[] = [];
  child.stdout.on('data', (chunk) => {
    stdout += chunk;
  });
  child.stderr.on('data', (chunk) => {
    stderr += chunk;
    for (const watcher of watchers) if (stderr.includes(watcher.text)) watcher.resolve();
  });
  const result = new Promise<NlsResult>((resolve) => {
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
  const sawOnStderr = (text: string) =>
    new Promise<void>((resolve, reject) => {
      watchers.push({text, resolve});
      result.then((r) => reject(new Error(`exited (${r.code}) before "${text}": ${r.stderr}`)));
    });
  return {child, result, sawOnStderr};
}

/** A separate process that opens the embedded database in `home`, serves it, and waits. */
async function startHolderProcess(home: string): Promise<ChildProcess> {
  const connection = new URL('../../build/db/connection.js', import.meta.url).href;
  const script = `const {openDatabase} = await import(${JSON.stringify(connection)});
    await openDatabase({dataDir: ${JSON.stringify(embeddedDataDir(home))}});
    process.stdout.write('serving\\n');
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(child);
  await new Promise<void>((resolve, reject) => {
    child.stdout?.on('data', (chunk) => {
      if (String(chunk).includes('serving')) resolve();
    });
    child.on('exit', (code) => reject(new Error(`the holder exited (${code}) before serving`)));
  });
  return child;
}

describe('a second nls joins the process serving the embedded database', () => {
  let fake: FakeNotionServer;
  let env: Record<string, string>;
  let flashcards: number;
  beforeAll(async () => {
    const workspace = generateWorkspace({seed: 44, flashcards: 60});
    fake = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
    env = notionEnv(fake, workspace);
    flashcards = workspace.entity.flashcards.dataSource.pages.length;
  });
  afterAll(async () => {
    await fake.close();
  });

  it('nls sync notion and nls clean run while the holder keeps reading; rows and sync_log are right', async () => {
    const home = newHome();
    const holder = await openHolder(home);
    try {
      const reading = keepReading(holder);
      const sync = await runNls(['sync', 'notion', '--json'], {...env, NLS_HOME: home});
      expect(sync.stderr).toBe('');
      expect(sync.code).toBe(0);
      expect(JSON.parse(sync.stdout).type).toBe('notion_full');
      const clean = await runNls(['clean', '--json'], {NLS_HOME: home});
      expect(clean.code).toBe(0);
      const reads = await reading();
      expect(reads.errors).toEqual([]);
      expect(reads.reads).toBeGreaterThan(10);
      // The slowest read waited for the longest transaction of the two runs (the report quotes it).
      console.log(
        `holder reads during the joined runs: ${reads.reads}, slowest ${reads.slowest.toFixed(0)} ms`,
      );

      expect((await tableCounts(holder)).atoms).toBe(flashcards);
      const runs = await holder.sql`
        select sync_type, status, error_message from sync_log order by started_at`;
      expect(runs).toEqual([
        {sync_type: 'notion_full', status: 'completed', error_message: null},
        {sync_type: 'cleaning', status: 'completed', error_message: null},
      ]);
      const [graded] = await holder.sql`
        select count(*)::int as n from learning_atoms where quality_score is not null`;
      expect(graded!.n).toBe(flashcards);
    } finally {
      await holder.close();
    }
  }, 180_000);

  it('two runs at once: the second is refused, naming the run that holds the lock', async () => {
    const home = newHome();
    const holder = await openHolder(home);
    try {
      let release!: () => void;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      let entered!: () => void;
      const inside = new Promise<void>((resolve) => {
        entered = resolve;
      });
      const first = withSyncLock(holder, async () => {
        entered();
        await held;
      });
      await inside;
      const second = await runNls(['sync', 'notion'], {...env, NLS_HOME: home});
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(
        'Another nls run (sync, clean, push or pull) is using this database',
      );
      expect(second.stderr).toContain(`(pid ${process.pid})`);
      release();
      await first;

      // Two CLI runs: the joined sync holds the run lock while Notion answers slowly.
      fake.faults.inject(100, {delayMs: 200, match: {path: '/query'}});
      const slow = startNls(['sync', 'notion'], {...env, NLS_HOME: home});
      await slow.sawOnStderr('Fetching');
      const clash = await runNls(['clean'], {NLS_HOME: home});
      fake.faults.clear();
      expect(clash.code).toBe(1);
      expect(clash.stderr).toContain(`nls sync notion (pid ${slow.child.pid})`);
      expect((await slow.result).code).toBe(0);
      const runs = await holder.sql`select sync_type, status from sync_log order by started_at`;
      expect(runs).toEqual([{sync_type: 'notion_full', status: 'completed'}]);
    } finally {
      await holder.close();
    }
  }, 180_000);

  it('the terminal app joined a cron run: when that run ends, the app serves the database itself', async () => {
    const home = newHome();
    // The cron run starts first and so serves the database; the app (this process) joins it.
    fake.faults.inject(40, {delayMs: 150, match: {path: '/query'}});
    const cron = startNls(['sync', 'notion'], {...env, NLS_HOME: home});
    let app: Database | undefined;
    try {
      await cron.sawOnStderr('Fetching concept clusters');
      app = await openDatabase({dataDir: embeddedDataDir(home), followServer: true});
      expect(app.servedBy).toBe(cron.child.pid);
      expect(app.embedded).toBeUndefined();
      await app.sql`select count(*)::int as n from learning_atoms`;
      const result = await cron.result;
      expect(result.code).toBe(0);
      // The server is gone (its socket with it); the next query takes the lock and serves.
      expect(findServedSocket(embeddedDataDir(home), cron.child.pid!)).toBeUndefined();
      expect((await tableCounts(app)).atoms).toBe(flashcards);
      expect(app.servedBy).toBeUndefined();
      expect(app.embedded?.socketPath).toEqual(expect.any(String));
      // And the next cron run joins the app, as it would have joined any holder.
      const again = await runNls(['sync', 'notion', '--json'], {...env, NLS_HOME: home});
      expect(again.code).toBe(0);
      const runs = await app.sql`select status from sync_log order by started_at`;
      expect(runs).toEqual([{status: 'completed'}, {status: 'completed'}]);
    } finally {
      fake.faults.clear();
      await app?.close();
    }
  }, 180_000);

  it('the holder closing mid-run waits for the joined run, saying so; the run completes', async () => {
    const home = newHome();
    const notices: string[] = [];
    const holder = await openDatabase({
      dataDir: embeddedDataDir(home),
      onJoinedRunWait: (notice) => notices.push(notice),
    });
    await migrate(holder.sql);
    fake.faults.inject(20, {delayMs: 150, match: {path: '/query'}});
    const run = startNls(['sync', 'notion'], {...env, NLS_HOME: home});
    try {
      await run.sawOnStderr('Fetching concept clusters');
      let closed = false;
      const closing = holder.close().then(() => {
        closed = true;
      });
      const result = await run.result;
      expect(result.stderr).not.toContain('exited during this run');
      expect(result.code).toBe(0);
      await closing;
      expect(closed).toBe(true);
      expect(notices).toEqual([
        expect.stringMatching(
          new RegExp(
            `^Waiting for nls sync notion \\(pid ${run.child.pid}\\) to finish: it uses this database through this process\\.`,
          ),
        ),
      ]);
    } finally {
      fake.faults.clear();
    }
    const reopened = await openHolder(home);
    try {
      expect((await tableCounts(reopened)).atoms).toBe(flashcards);
    } finally {
      await reopened.close();
    }
  }, 180_000);

  it('the holder killed mid-run: the joined run fails with a clear message and nothing is lost', async () => {
    const home = newHome();
    // The holder is another process here, so that it can be killed (a closing holder waits).
    const holderProcess = await startHolderProcess(home);
    const holderPid = holderProcess.pid!;
    fake.faults.inject(100, {delayMs: 300, match: {path: '/query'}});
    const run = startNls(['sync', 'notion'], {...env, NLS_HOME: home});
    let holder: Database;
    try {
      await run.sawOnStderr('Fetching concept clusters');
      holderProcess.kill('SIGKILL');
      const result = await run.result;
      // The kill landed while the run was going: it was cut off, not finished.
      expect(holderProcess.signalCode).toBe('SIGKILL');
      expect(result.code).toBe(1);
      expect(result.stderr).toContain(
        `The nls process that served the embedded database (pid ${holderPid}) exited during this run.`,
      );
      expect(result.stderr).toContain('Run the command again');
      expect(result.stderr).not.toContain('nls hit a bug');
    } finally {
      fake.faults.clear();
    }
    // This process opens it (the dead holder's lock is taken over, the database recovers); the
    // next run completes and records the cut-off one as interrupted.
    holder = await openHolder(home);
    try {
      expect((await tableCounts(holder)).atoms).toBe(0);
      const again = await runNls(['sync', 'notion'], {...env, NLS_HOME: home});
      expect(again.code).toBe(0);
      expect((await tableCounts(holder)).atoms).toBe(flashcards);
      const runs = await holder.sql`
        select sync_type, status, error_message from sync_log order by started_at`;
      expect(runs).toEqual([
        {
          sync_type: 'notion_full',
          status: 'failed',
          error_message: expect.stringMatching(/interrupted/),
        },
        {sync_type: 'notion_full', status: 'completed', error_message: null},
      ]);
    } finally {
      await holder.close();
    }
  }, 180_000);
});

describe('when there is nothing to join', () => {
  it('a lock held long by a process that serves nothing (a restore) is refused at once, as before', async () => {
    const home = newHome();
    const dataDir = embeddedDataDir(home);
    const sleeper = spawn('sleep', ['60']);
    children.push(sleeper);
    writeFileSync(`${dataDir}.lock`, `${sleeper.pid}\n`, {mode: 0o600});
    const old = new Date(Date.now() - 120_000);
    utimesSync(`${dataDir}.lock`, old, old);
    const started = Date.now();
    const second = await runNls(['db', 'status'], {NLS_HOME: home});
    expect(second.code).toBe(1);
    expect(second.stderr).toContain(`is in use by another nls process (pid ${sleeper.pid})`);
    expect(Date.now() - started).toBeLessThan(15_000);
  }, 60_000);

  it('the served socket is private: its note is 0600 and its directory 0700', async () => {
    const home = newHome();
    const holder = await openHolder(home);
    try {
      const dataDir = embeddedDataDir(home);
      expect(statSync(`${dataDir}.socket`).mode & 0o777).toBe(0o600);
      expect(statSync(path.dirname(holder.embedded!.socketPath)).mode & 0o777).toBe(0o700);
      const joined = await runNls(['db', 'status', '--json'], {NLS_HOME: home});
      expect(joined.code).toBe(0);
      expect(JSON.parse(joined.stdout).mode).toBe('embedded');
      // A note others could have written is not trusted (pglite-socket has no authentication).
      chmodSync(`${dataDir}.socket`, 0o644);
      const old = new Date(Date.now() - 120_000);
      utimesSync(`${dataDir}.lock`, old, old);
      const refused = await runNls(['db', 'status'], {NLS_HOME: home});
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain(`is in use by another nls process (pid ${process.pid})`);
    } finally {
      await holder.close();
    }
  }, 60_000);
});
