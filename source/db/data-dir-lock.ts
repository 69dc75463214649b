import {
  linkSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';

/** A held lock on a data directory; release it when the database closes. */
export interface DataDirLock {
  path: string;
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to someone else: still a live holder.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** What a lock file says: its inode and text (both, so a replaced file never looks the same). */
interface LockState {
  id: string;
  pid: number | undefined;
}

function readLock(file: string): LockState | undefined {
  try {
    const {ino} = statSync(file);
    const text = readFileSync(file, 'utf8');
    const pid = Number.parseInt(text.trim(), 10);
    return {id: `${ino}:${text}`, pid: Number.isInteger(pid) && pid > 0 ? pid : undefined};
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

const isStale = (state: LockState) =>
  state.pid === undefined || state.pid === process.pid || !isAlive(state.pid);

// A file holding our pid, written under a unique name first: the lock itself only ever appears
// complete (a reader never sees an empty lock file and mistakes it for a stale one).
function writeOwnFile(file: string): string {
  const own = `${file}.${process.pid}-${Math.random().toString(36).slice(2, 10)}`;
  writeFileSync(own, `${process.pid}\n`, {mode: 0o600, flag: 'wx'});
  return own;
}

/** Creates `file` holding our pid if it does not exist (link() is atomic and never replaces). */
function createExclusive(file: string): boolean {
  const own = writeOwnFile(file);
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
function takeOver(file: string, stale: LockState, depth = 0): boolean {
  if (depth > 4) return false;
  const claim = `${file}.takeover-${stale.pid ?? 'unknown'}`;
  if (!createExclusive(claim)) {
    const holder = readLock(claim);
    if (!holder || !isStale(holder) || !takeOver(claim, holder, depth + 1)) return false;
  }
  try {
    if (readLock(file)?.id !== stale.id) return false;
    renameSync(writeOwnFile(file), file);
    return true;
  } finally {
    rmSync(claim, {force: true});
  }
}

function heldLock(lockPath: string): DataDirLock {
  return {
    path: lockPath,
    release() {
      if (readLock(lockPath)?.pid === process.pid) rmSync(lockPath, {force: true});
    },
  };
}

const pause = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/**
 * Takes the exclusive lock on an embedded data directory (PGlite has no locking of its own and a
 * second writer's changes would be silently lost). A lock left by a dead process is taken over,
 * atomically: of several processes starting at once, exactly one gets it.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  // The lock sits beside the data directory, not in it, so a restore can swap the whole
  // directory while the lock is held.
  mkdirSync(path.dirname(dataDir), {recursive: true, mode: 0o700});
  const lockPath = `${dataDir}.lock`;
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline) {
    if (createExclusive(lockPath)) return heldLock(lockPath);
    const state = readLock(lockPath);
    if (state && !isStale(state)) {
      throw new UserError(
        `The embedded database in ${dataDir} is in use by another nls process (pid ${state.pid}).`,
        {
          hint: 'Close that nls first, or set DATABASE_URL to a PostgreSQL server for concurrent use.',
        },
      );
    }
    if (state && takeOver(lockPath, state)) return heldLock(lockPath);
    // Another process is taking the stale lock over right now: look again in a moment.
    pause(5);
  }
  throw new UserError(`Could not lock the data directory ${dataDir}.`, {
    hint: 'Check that the directory is writable, or set NLS_HOME to another directory.',
  });
}
