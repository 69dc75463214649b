import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, it} from 'vitest';
import {cliPath, isolatedEnv, runNls} from '../test/helpers/run-nls.js';
import {median, record} from './recorder.js';

const runs = 7;
const home = mkdtempSync(path.join(os.tmpdir(), 'nls-bench-start-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));

function timeProcess(args: string[], env: Record<string, string>): number {
  const start = process.hrtime.bigint();
  const result = spawnSync(process.execPath, args, {env: isolatedEnv(env), stdio: 'ignore'});
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}`);
  return ms;
}

function medianOf(args: string[], env: Record<string, string> = {}): number {
  timeProcess(args, env); // warm the file cache
  return median(Array.from({length: runs}, () => timeProcess(args, env)));
}

it('cold start: nls --help and nls db status (embedded, existing data directory)', async () => {
  const bare = medianOf(['-e', '0']);
  await runNls(['db', 'migrate'], {NLS_HOME: home});
  const help = medianOf([cliPath, '--help']);
  const status = medianOf([cliPath, 'db', 'status'], {NLS_HOME: home});
  record({
    id: 'startup.help',
    job: '`nls --help` cold start (median of 7)',
    value: help,
    unit: 'ms',
    reference: {label: 'bare `node -e 0`', value: bare},
    target: {op: '<', value: 400, describe: '< 400 ms'},
  });
  record({
    id: 'startup.db-status',
    job: '`nls db status` cold start, embedded (median of 7)',
    value: status,
    unit: 'ms',
    reference: {label: 'bare `node -e 0`', value: bare},
    target: {op: '<', value: 1200, describe: '< 1.2 s'},
  });
});
