import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

/** The built CLI entry (npm test builds first through the pretest script). */
export const cliPath = fileURLToPath(new URL('../../build/bundle/cli.js', import.meta.url));

/** What a finished `nls` process printed and returned. */
export interface NlsResult {
  code: number | null;
  stdout: string;
  stderr: string;
  /** True when the process outlived `deadlineMs` and was killed. */
  timedOut?: boolean;
}

/** Where and how long a child nls runs (defaults: this process's cwd, no deadline). */
export interface RunNlsOptions {
  cwd?: string;
  /** Kill the process after this long and report `timedOut` (for inputs that could hang). */
  deadlineMs?: number;
  /** Run as this user and group (a root test runner needs it to meet permission errors). */
  uid?: number;
  gid?: number;
}

/** Environment for a child nls: only what the test gives plus PATH/HOME, never the caller's secrets. */
export function isolatedEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {PATH: process.env.PATH, HOME: extra.HOME ?? process.env.HOME, NO_COLOR: '1', ...extra};
}

/** Runs `node build/cli.js ...args` to completion with no terminal attached. */
export function runNls(
  args: string[],
  env: Record<string, string>,
  options: RunNlsOptions = {},
): Promise<NlsResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: isolatedEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.cwd ? {cwd: options.cwd} : {}),
      ...(options.uid === undefined ? {} : {uid: options.uid, gid: options.gid ?? options.uid}),
    });
    let stdout = '';
    let stderr = '';
    let timedOut = false;
    const timer =
      options.deadlineMs === undefined
        ? undefined
        : setTimeout(() => {
            timedOut = true;
            child.kill('SIGKILL');
          }, options.deadlineMs);
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({code, stdout, stderr, timedOut});
    });
  });
}
