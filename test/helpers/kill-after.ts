import {spawn} from 'node:child_process';
import {cliPath, isolatedEnv} from './run-nls.js';

/** How a job started by {@link killAfter} ended. */
export interface KillOutcome {
  /** True when SIGKILL ended it; false when it finished before the kill was due. */
  killed: boolean;
  code: number | null;
}

/**
 * Starts `nls ...args` and kills it with SIGKILL after `delayMs`, unless it finished first. The
 * caller counts `killed`: a scenario whose jobs all finished early tested nothing.
 */
export async function killAfter(
  args: string[],
  env: Record<string, string>,
  delayMs: number,
): Promise<KillOutcome> {
  const child = spawn(process.execPath, [cliPath, ...args], {
    env: isolatedEnv(env),
    stdio: 'ignore',
  });
  const closed = new Promise<{code: number | null; signal: NodeJS.Signals | null}>((resolve) =>
    child.once('close', (code, signal) => resolve({code, signal})),
  );
  const timer = setTimeout(() => child.kill('SIGKILL'), delayMs);
  const {code, signal} = await closed;
  clearTimeout(timer);
  return {killed: signal === 'SIGKILL', code};
}

/** How long `work` took, in milliseconds (a reference run, to aim kills inside the job). */
export async function timed(work: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

/**
 * A kill delay inside a job that took `durationMs` in a reference run: 5–75 % of it, so on a
 * fast machine or a slow one (or one busier during the reference run) the kill lands while the
 * job runs, at a seeded random phase.
 */
export function delayWithin(durationMs: number, random: () => number): number {
  return Math.floor(durationMs * (0.05 + 0.7 * random()));
}
