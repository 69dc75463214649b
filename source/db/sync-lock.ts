import {UserError} from '../errors.js';
import type {Database} from './connection.js';
import {markInterruptedRuns} from './sync-log.js';

// One number for every job that writes canonical data (sync, clean, push, pull, triage batch).
const syncLockKey = 727_002;

/**
 * Runs `work` while holding the sync lock, so two runs never interleave. On a server this is a
 * PostgreSQL advisory lock on a reserved connection; the embedded database is already exclusive
 * to one process through its data-directory lock. Stale `running` rows are marked interrupted.
 */
export async function withSyncLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (db.mode === 'embedded') {
    await markInterruptedRuns(db.sql);
    return work();
  }
  const connection = await db.sql.reserve();
  try {
    const [row] = await connection<{locked: boolean}[]>`
      select pg_try_advisory_lock(${syncLockKey}) as locked`;
    if (!row?.locked) {
      throw new UserError('Another nls run (sync, clean, push or pull) is using this database.', {
        hint: 'Wait for it to finish and run the command again; nls sync runs one at a time.',
      });
    }
    try {
      await markInterruptedRuns(db.sql);
      return await work();
    } finally {
      await connection`select pg_advisory_unlock(${syncLockKey})`;
    }
  } finally {
    connection.release();
  }
}
