import {isStaleLock, readLockFile} from './pid-lock-file.js';

// The process serving the embedded database carries every joined process's connection: if it
// stopped while another nls's run (a cron sync) was writing through it, that run's open
// transaction would be cut off. So a server that is done waits for such a run first.

/** The embedded run lock's file, beside the data directory (see sync-lock.ts). */
export const runLockPath = (dataDir: string) => `${dataDir}.run-lock`;

/** What a serving process says while it waits; undefined when no joined run is going. */
export function joinedRunNotice(dataDir: string): string | undefined {
  const state = readLockFile(runLockPath(dataDir));
  if (!state || isStaleLock(state)) return undefined;
  return `Waiting for ${state.label ?? 'an nls run'} (pid ${state.pid}) to finish: it uses this database through this process. Ctrl-C stops waiting (that run is then cut off; what it committed is kept).`;
}

/**
 * Waits until no other live nls process holds the run lock of `dataDir` (checked every 200 ms),
 * telling `onWait` once what it waits for.
 */
export async function waitForJoinedRun(
  dataDir: string,
  onWait: (notice: string) => void,
): Promise<void> {
  let told = false;
  for (let notice = joinedRunNotice(dataDir); notice; notice = joinedRunNotice(dataDir)) {
    if (!told) onWait(notice);
    told = true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
