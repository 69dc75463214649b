import {mkdirSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';
import {type HeldLockFile, tryLockFile} from './pid-lock-file.js';

/** A held lock on a data directory; release it when the database closes. */
export type DataDirLock = HeldLockFile;

/** The data directory is locked by another live nls process (which may serve it to others). */
export class DataDirInUseError extends UserError {
  /** The process holding the lock. */
  readonly holderPid: number | undefined;

  constructor(dataDir: string, holderPid: number | undefined) {
    super(
      `The embedded database in ${dataDir} is in use by another nls process (pid ${holderPid}).`,
      {
        hint: 'Close that nls first, or set DATABASE_URL to a PostgreSQL server for concurrent use.',
      },
    );
    this.holderPid = holderPid;
  }
}

/**
 * Takes the exclusive lock on an embedded data directory (PGlite has no locking of its own and a
 * second writer's changes would be silently lost). A lock left by a dead process is taken over,
 * atomically: of several processes starting at once, exactly one gets it.
 */
export function acquireDataDirLock(dataDir: string): DataDirLock {
  // The lock sits beside the data directory, not in it, so a restore can swap the whole
  // directory while the lock is held.
  mkdirSync(path.dirname(dataDir), {recursive: true, mode: 0o700});
  const result = tryLockFile(`${dataDir}.lock`);
  if (result && 'lock' in result) return result.lock;
  if (result) throw new DataDirInUseError(dataDir, result.holder.pid);
  throw new UserError(`Could not lock the data directory ${dataDir}.`, {
    hint: 'Check that the directory is writable, or set NLS_HOME to another directory.',
  });
}
