import {UserError} from '../errors.js';
import type {EmbeddedServer} from './embedded-database.js';
import {openDataDir} from './embedded-lifecycle.js';
import {readFreshCluster} from './fresh-cluster.js';
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
  /** The embedded server (for backups); undefined on a PostgreSQL server. */
  embedded?: EmbeddedServer;
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

/** Opens the configured database and checks that it answers. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) return openServer(options.databaseUrl, options);
  // A new data directory starts from the empty cluster the build made (see fresh-cluster.ts).
  const {server: embedded, notice} = await openDataDir(options.dataDir, () => readFreshCluster());
  // pglite-socket multiplexes every connection onto one backend session, and messages of
  // concurrent connections interleave: one connection is the only safe setting.
  const sql = createSqlClient({path: embedded.socketPath, max: 1});
  return {
    sql,
    mode: 'embedded',
    location: options.dataDir,
    embedded,
    ...(notice ? {notice} : {}),
    async close() {
      await sql.end({timeout: 5}).catch(() => {});
      await embedded.stop();
    },
  };
}
