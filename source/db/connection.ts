import {existsSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';
import {type EmbeddedServer, startEmbeddedServer} from './embedded-database.js';
import {readFreshCluster} from './fresh-cluster.js';
import {createSqlClient, type Sql} from './sql-client.js';

export type {Sql, TransactionSql} from './sql-client.js';

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
  close(): Promise<void>;
}

/** How to open the database: a server URL, or the embedded data directory. */
export interface OpenDatabaseOptions {
  databaseUrl?: string;
  dataDir: string;
  /** Server pool size; the embedded socket always gets exactly one connection. */
  max?: number;
}

/** Masks the password in a PostgreSQL URL so it can be shown. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/** Opens the configured database and checks that it answers. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    const location = maskDatabaseUrl(options.databaseUrl);
    const sql = createSqlClient({url: options.databaseUrl, max: options.max ?? 4});
    try {
      await sql`select 1`;
    } catch (error) {
      await sql.end({timeout: 1}).catch(() => {});
      throw new UserError(`Cannot connect to the PostgreSQL server at ${location}.`, {
        hint: 'Check that the server is running and DATABASE_URL is right, or unset DATABASE_URL to use the embedded database.',
        cause: error,
      });
    }
    return {
      sql,
      mode: 'server',
      location,
      close: () => sql.end({timeout: 5}),
    };
  }
  // A new data directory starts from the empty cluster the build made (see fresh-cluster.ts).
  const isNew = !existsSync(path.join(options.dataDir, 'PG_VERSION'));
  const fresh = isNew ? readFreshCluster() : null;
  const embedded = await startEmbeddedServer({
    dataDir: options.dataDir,
    ...(fresh ? {loadDataDir: fresh} : {}),
  });
  // pglite-socket multiplexes every connection onto one backend session, and messages of
  // concurrent connections interleave: one connection is the only safe setting.
  const sql = createSqlClient({path: embedded.socketPath, max: 1});
  return {
    sql,
    mode: 'embedded',
    location: options.dataDir,
    embedded,
    async close() {
      await sql.end({timeout: 5}).catch(() => {});
      await embedded.stop();
    },
  };
}
