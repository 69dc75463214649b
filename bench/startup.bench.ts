import {spawn, spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, expect, it} from 'vitest';
import {isolatedEnv, runNls} from '../test/helpers/run-nls.js';
import {median, record} from './recorder.js';

const runs = 7;
const binPath = fileURLToPath(new URL('../bin/nls.js', import.meta.url));
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
  const help = medianOf([binPath, '--help']);
  const status = medianOf([binPath, 'db', 'status'], {NLS_HOME: home});
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

/** Runs `nls` under a pseudo-terminal and times the first frame and the first dashboard data. */
function timeTui(home: string): Promise<{frame: number; data: number}> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn('script', ['-qfc', `${process.execPath} ${binPath}`, '/dev/null'], {
      env: isolatedEnv({NLS_HOME: home, COLUMNS: '120', LINES: '36', TERM: 'xterm-256color'}),
      stdio: ['pipe', 'pipe', 'ignore'],
    });
    let out = '';
    let frame = 0;
    let data = 0;
    child.stdout.on('data', (chunk) => {
      out += chunk;
      if (!frame && out.includes('Dashboard')) frame = performance.now() - start;
      if (!data && out.includes('Next actions')) {
        data = performance.now() - start;
        child.stdin.write('q');
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
    child.on('close', () => {
      clearTimeout(timer);
      if (frame && data) resolve({frame, data});
      else reject(new Error(`the TUI did not show its dashboard: ${out.slice(-500)}`));
    });
  });
}

it('TUI cold start from process start: first frame and first data (embedded demo)', async () => {
  const demo = await runNls(['demo'], {NLS_HOME: home});
  expect(demo.code).toBe(0);
  const demoHome = path.join(home, 'demo');
  const inkScript = `import('ink').then(({render, Text}) => import('react').then((React) => { const i = render(React.createElement(Text, null, 'x')); i.unmount(); }))`;
  const bareInk = medianOf(['-e', inkScript]);
  await timeTui(demoHome); // warm the file cache
  const runs: {frame: number; data: number}[] = [];
  for (let i = 0; i < 5; i++) runs.push(await timeTui(demoHome));
  record({
    id: 'startup.tui-first-frame',
    job: '`nls` TUI: process start to first frame, embedded demo (median of 5, pseudo-terminal)',
    value: median(runs.map((r) => r.frame)),
    unit: 'ms',
    reference: {label: 'bare Ink render (unbundled, whole process)', value: bareInk},
    target: {op: '<', value: 500, describe: '< 500 ms'},
  });
  record({
    id: 'startup.tui-first-data',
    job: '`nls` TUI: process start to dashboard data, embedded demo (median of 5)',
    value: median(runs.map((r) => r.data)),
    unit: 'ms',
    reference: {label: 'bare Ink render (unbundled, whole process)', value: bareInk},
    target: {op: '<', value: 1500, describe: '< 1.5 s'},
  });
}, 180_000);
