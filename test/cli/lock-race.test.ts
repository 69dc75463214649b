import {type ChildProcess, spawn, spawnSync} from 'node:child_process';
import {existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {createInterface} from 'node:readline';
import {fileURLToPath} from 'node:url';
import {afterAll, expect, it} from 'vitest';

// Eight processes start at once on a data directory whose lock names a dead process. Each round
// exactly one of them may end up holding the lock. The processes live for the whole test and
// are told "go" together, so they race as closely as separate nls starts can.
const rounds = Number(process.env.NLS_LOCK_RACE_ROUNDS ?? 60);
const contenders = 8;
const lockModule = fileURLToPath(new URL('../../build/db/data-dir-lock.js', import.meta.url));
const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-lock-race-'));
const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) child.kill('SIGKILL');
  rmSync(temp, {recursive: true, force: true});
});

// Each line on stdin is a command: "go DIR" tries the lock and answers "held" or "busy";
// "release" lets a held lock go and answers "released".
const contenderScript = `
const {acquireDataDirLock} = await import(${JSON.stringify(lockModule)});
const {createInterface} = await import('node:readline');
let lock;
for await (const line of createInterface({input: process.stdin})) {
  const [command, dir] = line.split(' ');
  if (command === 'go') {
    try {
      lock = acquireDataDirLock(dir);
      process.stdout.write('held\\n');
    } catch (error) {
      process.stdout.write(error.name === 'UserError' ? 'busy\\n' : 'error ' + error.message + '\\n');
    }
  } else if (command === 'release') {
    lock?.release();
    lock = undefined;
    process.stdout.write('released\\n');
  }
}
`;

interface Contender {
  child: ChildProcess;
  next(): Promise<string>;
}

function startContender(): Contender {
  const child = spawn(process.execPath, ['--input-type=module', '-e', contenderScript], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  const lines = createInterface({input: child.stdout!})[Symbol.asyncIterator]();
  return {
    child,
    next: async () => String((await lines.next()).value),
  };
}

function deadPid(): number {
  const done = spawnSync(process.execPath, ['-e', '']);
  return done.pid;
}

it(`stale-lock take-over: ${rounds} rounds of ${contenders} processes, exactly one holder each`, async () => {
  const pool = Array.from({length: contenders}, startContender);
  const stale = deadPid();
  const holdersPerRound: number[] = [];
  for (let round = 0; round < rounds; round++) {
    const dataDir = path.join(temp, `round-${round}`, 'pgdata');
    spawnSync('mkdir', ['-p', path.dirname(dataDir)]);
    writeFileSync(`${dataDir}.lock`, `${stale}\n`);
    for (const {child} of pool) child.stdin!.write(`go ${dataDir}\n`);
    const answers = await Promise.all(pool.map((contender) => contender.next()));
    expect(answers.filter((answer) => !['held', 'busy'].includes(answer))).toEqual([]);
    const holders = pool.filter((_, index) => answers[index] === 'held');
    holdersPerRound.push(holders.length);
    if (holders.length === 1) {
      const pid = Number.parseInt(readFileSync(`${dataDir}.lock`, 'utf8'), 10);
      expect(pid).toBe(holders[0]!.child.pid);
    }
    for (const holder of holders) {
      holder.child.stdin!.write('release\n');
      expect(await holder.next()).toBe('released');
    }
    expect(existsSync(`${dataDir}.lock`)).toBe(false);
  }
  expect(holdersPerRound.filter((count) => count !== 1)).toEqual([]);
  expect(holdersPerRound.length).toBe(rounds);
}, 120_000);

it('a take-over claim left by a process killed mid-take-over does not block the next start', async () => {
  const dataDir = path.join(temp, 'claimed', 'pgdata');
  spawnSync('mkdir', ['-p', path.dirname(dataDir)]);
  const stale = deadPid();
  writeFileSync(`${dataDir}.lock`, `${stale}\n`);
  writeFileSync(`${dataDir}.lock.takeover-${stale}`, `${deadPid()}\n`);
  const contender = startContender();
  contender.child.stdin!.write(`go ${dataDir}\n`);
  expect(await contender.next()).toBe('held');
  expect(Number.parseInt(readFileSync(`${dataDir}.lock`, 'utf8'), 10)).toBe(contender.child.pid);
  contender.child.stdin!.write('release\n');
  expect(await contender.next()).toBe('released');
  expect(existsSync(`${dataDir}.lock.takeover-${stale}`)).toBe(false);
});
