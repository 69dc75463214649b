import {spawn} from 'node:child_process';
import {fileURLToPath} from 'node:url';

/** The built CLI entry (npm test builds first through the pretest script). */
export const cliPath = fileURLToPath(new URL('../../build/bundle/cli.js', import.meta.url));

/** What a finished `nls` process printed and returned. */
export interface NlsResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Environment for a child nls: only what the test gives plus PATH/HOME, never the caller's secrets. */
export function isolatedEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  return {PATH: process.env.PATH, HOME: extra.HOME ?? process.env.HOME, NO_COLOR: '1', ...extra};
}

/** Runs `node build/cli.js ...args` to completion with no terminal attached. */
export function runNls(args: string[], env: Record<string, string>): Promise<NlsResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cliPath, ...args], {
      env: isolatedEnv(env),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => resolve({code, stdout, stderr}));
  });
}
