import {linkSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';

/** A held lock file; release it when done. */
export interface HeldLockFile {
  path: string;
  release(): void;
}

/** What a lock file says: its inode and text (both, so a replaced file never looks the same). */
export interface LockFileState {
  id: string;
  pid: number | undefined;
  /** The second line: what the holder is doing (e.g. `nls sync notion`), when it said. */
  label: string | undefined;
}

/** True while process `pid` exists (EPERM: it exists but belongs to someone else). */
export function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Reads a lock file; undefined when there is none. */
export function readLockFile(file: string): LockFileState | undefined {
  try {
    const {ino} = statSync(file);
    const text = readFileSync(file, 'utf8');
    const [first = '', second = ''] = text.split('\n');
    const pid = Number.parseInt(first.trim(), 10);
    return {
      id: `${ino}:${text}`,
      pid: Number.isInteger(pid) && pid > 0 ? pid : undefined,
      label: second.trim() || undefined,
    };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** A lock whose holder is gone (or is this very process, restarted under the same pid). */
export const isStaleLock = (state: LockFileState) =>
  state.pid === undefined || state.pid === process.pid || !isProcessAlive(state.pid);

// A file holding our pid, written under a unique name first: the lock itself only ever appears
// complete (a reader never sees an empty lock file and mistakes it for a stale one).
function writeOwnFile(file: string, label: string | undefined): string {
  const own = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  writeFileSync(own, `${process.pid}\n${label ? `${label}\n` : ''}`, {mode: 0o600, flag: 'wx'});
  return own;
}

/** Creates `file` holding our pid if it does not exist (link() is atomic and never replaces). */
function createExclusive(file: string, label: string | undefined): boolean {
  const own = writeOwnFile(file, label);
  try {
    linkSync(own, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(own, {force: true});
  }
}

/**
 * Replaces the stale lock `file` (last seen as `stale`) with ours. Only the holder of the claim
 * file named after the stale lock may replace it, and it checks the lock is still that one first,
 * so of many processes racing for one stale lock exactly one takes it over. A claim left by a
 * process killed in the middle of a take-over is itself stale and is taken over the same way.
 */
function takeOver(file: string, stale: LockFileState, label: string | undefined, depth = 0) {
  if (depth > 4) return false;
  const claim = `${file}.takeover-${stale.pid ?? 'unknown'}`;
  if (!createExclusive(claim, undefined)) {
    const holder = readLockFile(claim);
    if (!holder || !isStaleLock(holder) || !takeOver(claim, holder, undefined, depth + 1)) {
      return false;
    }
  }
  try {
    if (readLockFile(file)?.id !== stale.id) return false;
    renameSync(writeOwnFile(file, label), file);
    return true;
  } finally {
    rmSync(claim, {force: true});
  }
}

function held(file: string): HeldLockFile {
  return {
    path: file,
    release() {
      if (readLockFile(file)?.pid === process.pid) rmSync(file, {force: true});
    },
  };
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the lock file `file` for this process, taking over one left by a dead process. Returns
 * the lock, the state of a live holder's lock, or undefined when racing take-overs did not
 * settle within 5 s.
 */
export function tryLockFile(
  file: string,
  label?: string,
): {lock: HeldLockFile} | {holder: LockFileState} | undefined {
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (createExclusive(file, label)) return {lock: held(file)};
    const state = readLockFile(file);
    if (state && !isStaleLock(state)) return {holder: state};
    if (state && takeOver(file, state, label)) return {lock: held(file)};
    // Another process is taking the stale lock over right now: look again in a moment.
    pause(5);
  }
  return undefined;
}
