import {closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync} from 'node:fs';
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

function readHolder(lockPath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the exclusive lock on an embedded data directory (PGlite has no locking of its own and a
 * second writer's changes would be silently lost). A lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  // The lock sits beside the data directory, not in it, so a restore can swap the whole
  // directory while the lock is held.
  mkdirSync(path.dirname(dataDir), {recursive: true, mode: 0o700});
  const lockPath = `${dataDir}.lock`;
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx', 0o600);
      writeSync(fd, `${process.pid}\n`);
      closeSync(fd);
      return {
        path: lockPath,
        release() {
          if (readHolder(lockPath) === process.pid) rmSync(lockPath, {force: true});
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder !== undefined && holder !== process.pid && isAlive(holder)) {
        throw new UserError(
          `The embedded database in ${dataDir} is in use by another nls process (pid ${holder}).`,
          {
            hint: 'Close that nls first, or set DATABASE_URL to a PostgreSQL server for concurrent use.',
          },
        );
      }
      // Stale lock (dead pid, our own pid from a previous crash, or unreadable): take it over.
      rmSync(lockPath, {force: true});
    }
  }
  throw new UserError(`Could not lock the data directory ${dataDir}.`, {
    hint: 'Check that the directory is writable, or set NLS_HOME to another directory.',
  });
}
