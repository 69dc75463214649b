import {UserError} from '../errors.js';
import {DataDirInUseError} from './data-dir-lock.js';
import type {EmbeddedServer} from './embedded-database.js';
import {openDataDir} from './embedded-lifecycle.js';
import {readFreshCluster} from './fresh-cluster.js';
import {joinServed} from './joined-database.js';
import {waitForJoinedRun} from './joined-run-wait.js';
import {isProcessAlive} from './pid-lock-file.js';
import {findServedSocket} from './served-socket.js';
import {checkDatabaseUrl, maskDatabaseUrl, serverAddress} from './server-url.js';
import {createSqlClient, type Sql} from './sql-client.js';

export {maskDatabaseUrl} from './server-url.js';
export type {Sql} from './sql-client.js';

/** Where the data lives: an embedded PGlite directory or a PostgreSQL server. */
export type DatabaseMode = 'embedded' | 'server';

/** An open database: the postgres.js client plus what to show about it and how to close it. */
export interface Database {
  sql: Sql;
  mode: DatabaseMode;
  /** The data directory, or the server URL with any password masked. */
  location: string;
  /** The embedded server (for backups); undefined on a PostgreSQL server and when joined. */
  embedded?: EmbeddedServer;
  /** The nls process whose embedded database this one joined (it held the directory's lock). */
  servedBy?: number;
  /** What start-up did that the user should hear about (an interrupted restore undone). */
  notice?: string;
  close(): Promise<void>;
}

/** How to open the database: a server URL, or the embedded data directory. */
export interface OpenDatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Server pool size; the embedded socket always gets exactly one connection. */
  max?: number;
  /** Seconds to wait for a server to answer (DATABASE_CONNECT_TIMEOUT); default 10. */
  connectTimeout?: number;
  /** When joined to another nls's embedded database, follow it if that process exits (the TUI). */
  followServer?: boolean;
  /** Told when closing waits for another nls's run that joined this process's database. */
  onJoinedRunWait?: (notice: string) => void;
}

/** The default of DATABASE_CONNECT_TIMEOUT, in seconds. */
export const defaultConnectTimeout = 10;

function connectError(error: unknown, url: string, timeout: number): UserError {
  const code = (error as {code?: string}).code;
  const where = serverAddress(url);
  if (code === 'CONNECT_TIMEOUT') {
    return new UserError(`The PostgreSQL server at ${where} did not answer within ${timeout} s.`, {
      hint: 'Check the host and port in DATABASE_URL (is it a PostgreSQL server?), or raise DATABASE_CONNECT_TIMEOUT (seconds) for a slow network.',
      cause: error,
    });
  }
  if (code === '28P01' || code === '28000') {
    return new UserError(
      `The PostgreSQL server at ${where} refused the login: authentication failed.`,
      {
        hint: 'Check the user name and password in DATABASE_URL (and the server’s pg_hba.conf).',
        cause: error,
      },
    );
  }
  if (code === '3D000') {
    return new UserError(`The database named in DATABASE_URL does not exist on ${where}.`, {
      hint: 'Create it (createdb NAME) or correct the database name at the end of DATABASE_URL.',
      cause: error,
    });
  }
  return new UserError(`Cannot connect to the PostgreSQL server at ${maskDatabaseUrl(url)}.`, {
    hint: 'Check that the server is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.',
    cause: error,
  });
}

async function openServer(url: string, options: OpenDatabaseOptions): Promise<Database> {
  checkDatabaseUrl(url);
  const timeout = options.connectTimeout ?? defaultConnectTimeout;
  const location = maskDatabaseUrl(url);
  const sql = createSqlClient({url, max: options.max ?? 4, connectTimeout: timeout});
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({timeout: 1}).catch(() => {});
    throw connectError(error, url, timeout);
  }
  return {sql, mode: 'server', location, close: () => sql.end({timeout: 5})};
}

/** Opens the configured database (joining the nls process that serves it) and checks it answers. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openServer(options.databaseUrl, options);
  let opened: Awaited<ReturnType<typeof openDataDir>>;
  try {
    // A new data directory starts from the empty cluster the build made (see fresh-cluster.ts).
    opened = await openDataDir(options.dataDir, () => readFreshCluster());
  } catch (error) {
    if (error instanceof DataDirInUseError)
      return joinServed(options.dataDir, error, options.followServer);
    throw error;
  }
  const {server: embedded, notice} = opened;
  // Every connection takes turns on PGlite's one session (session-server-code.ts): a second
  // connection of this process would only wait for the first.
  const sql = createSqlClient({path: embedded.socketPath, max: 1});
  return {
    sql,
    mode: 'embedded',
    location: options.dataDir,
    embedded,
    ...(notice ? {notice} : {}),
    async close() {
      await waitForJoinedRun(options.dataDir, options.onJoinedRunWait ?? (() => {}));
      await sql.end({timeout: 5}).catch(() => {});
      await embedded.stop();
    },
  };
}

// What postgres.js reports when the socket it was using closes, or is gone when it reconnects.
const lostConnectionCodes = new Set([
  'ECONNRESET',
  'EPIPE',
  'ENOENT',
  'ECONNREFUSED',
  'CONNECTION_CLOSED',
  'CONNECTION_ENDED',
  'CONNECTION_DESTROYED',
]);

/**
 * When `db` joined another process's embedded database and that process has gone (or stopped
 * serving), explains `error` as that: nothing the run committed is lost, its open transaction
 * was rolled back. Any other error is returned as it is.
 */
export function explainLostServer(error: unknown, db: Database): unknown {
  const pid = db.servedBy;
  const code = (error as {code?: unknown} | null)?.code;
  if (pid === undefined || typeof code !== 'string' || !lostConnectionCodes.has(code)) return error;
  if (isProcessAlive(pid) && findServedSocket(db.location, pid)) return error;
  return new UserError(
    `The nls process that served the embedded database (pid ${pid}) exited during this run.`,
    {
      hint: 'Run the command again. What the run committed is kept; the part it had not committed was rolled back.',
      cause: error,
    },
  );
}
