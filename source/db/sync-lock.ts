import {UserError} from '../errors.js';
import type {Database} from './connection.js';
import {runLockPath} from './joined-run-wait.js';
import {tryLockFile} from './pid-lock-file.js';
import type {Sql} from './sql-client.js';
import {markInterruptedRuns} from './sync-log.js';

// One number for every job that writes canonical data (sync, clean, push, pull, triage batch).
const syncLockKey = 727_002;

const busy = (holder: string) =>
  new UserError(`Another nls run (sync, clean, push or pull) is using this database: ${holder}.`, {
    hint: 'Wait for it to finish and run the command again; nls runs them one at a time.',
  });

/** What this process is, for the run lock: `nls sync notion`, or the terminal app. */
function commandLabel(): string {
  const words = process.argv.slice(2).filter((word) => !word.startsWith('-'));
  return words.length > 0 ? `nls ${words.slice(0, 3).join(' ')}` : 'the nls terminal app';
}

/**
 * The embedded run lock: a lock file beside the data directory naming the process and command.
 * Several nls processes share one embedded database (they join the one that serves it), and they
 * all share one PostgreSQL session, where an advisory lock would be granted to every one of them.
 */
async function withEmbeddedRunLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  const result = tryLockFile(runLockPath(db.location), commandLabel());
  if (!result) throw busy('another process is taking the lock over');
  if ('holder' in result) {
    throw busy(`${result.holder.label ?? 'nls'} (pid ${result.holder.pid})`);
  }
  try {
    await markInterruptedRuns(db.sql);
    return await work();
  } finally {
    result.lock.release();
  }
}

/**
 * Runs `work` while holding the sync lock, so two runs never interleave. On a server this is a
 * PostgreSQL advisory lock on a reserved connection; on the embedded database a lock file (see
 * above). Stale `running` rows are marked interrupted.
 */
export async function withSyncLock<T>(db: Database, work: () => Promise<T>): Promise<T> {
  if (db.mode === 'embedded') return withEmbeddedRunLock(db, work);
  const connection = await db.sql.reserve();
  try {
    const [row] = await connection<{locked: boolean}[]>`
      select pg_try_advisory_lock(${syncLockKey}) as locked`;
    if (!row?.locked) throw busy(await describeServerHolder(connection));
    // The lock's session names the command, so a run refused elsewhere can say who holds it.
    await connection`select set_config('application_name', ${commandLabel()}, false)`;
    try {
      await markInterruptedRuns(db.sql);
      return await work();
    } finally {
      await connection`select pg_advisory_unlock(${syncLockKey}), set_config('application_name', 'nls', false)`;
    }
  } finally {
    connection.release();
  }
}

/** Who holds the advisory run lock on a server: the command its session named, and where from. */
async function describeServerHolder(sql: Sql): Promise<string> {
  const [holder] = await sql<{name: string | null; pid: number; client: string | null}[]>`
    select a.application_name as name, a.pid, host(a.client_addr) as client
    from pg_locks l join pg_stat_activity a on a.pid = l.pid
    where l.locktype = 'advisory' and l.granted and l.classid = 0 and l.objid = ${syncLockKey}
    limit 1`;
  if (!holder) return 'a run that is just finishing';
  const command = holder.name && holder.name !== 'nls' ? holder.name : 'an nls run';
  const from = holder.client ? ` from ${holder.client}` : ' over a local socket';
  return `${command} (PostgreSQL connection pid ${holder.pid}${from})`;
}
