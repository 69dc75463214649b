import postgres from 'postgres';

// numeric and bigint come back from postgres.js as strings; every number we store fits in a
// double (scores, ease, Anki ids < 2^53, counts), so parse them once here for every query.
const types = {
  numeric: {
    to: 1700,
    from: [1700],
    serialize: (value: number) => String(value),
    parse: (value: string) => Number(value),
  },
  bigint: {
    to: 20,
    from: [20],
    serialize: (value: number) => String(value),
    parse: (value: string) => Number(value),
  },
};

/** The postgres.js client type used everywhere (numeric and bigint parsed as numbers). */
export type Sql = postgres.Sql<{numeric: number; bigint: number}>;

/** A transaction handle (what `sql.begin` passes to its callback). */
export type TransactionSql = postgres.TransactionSql<{numeric: number; bigint: number}>;

/** Connection options shared by the embedded and server backends. */
export interface SqlClientOptions {
  url?: string;
  path?: string;
  /** Opens each connection's socket (a joined database that follows its server, see joined-database.ts). */
  socket?: () => Promise<import('node:net').Socket>;
  max: number;
  /** Seconds to wait for the server's first answer (default 10). */
  connectTimeout?: number;
}

/** Creates the postgres.js client; notices are swallowed so they never reach the Ink screen. */
export function createSqlClient(options: SqlClientOptions): Sql {
  const common = {
    max: options.max,
    // Named statements: on the embedded database every process's connections share one
    // PostgreSQL session, where an unnamed statement is overwritten by the next connection's
    // (measured: 400 of 800 concurrent queries from two clients failed with prepare: false).
    prepare: true,
    types,
    onnotice: () => {},
    idle_timeout: 0,
    connect_timeout: options.connectTimeout ?? 10,
    connection: {application_name: 'nls'},
  } as const;
  if (options.path || options.socket) {
    return postgres({
      ...common,
      ...(options.socket ? {socket: options.socket} : {path: options.path}),
      username: 'postgres',
      database: 'postgres',
    }) as unknown as Sql;
  }
  return postgres(options.url ?? '', common) as unknown as Sql;
}
