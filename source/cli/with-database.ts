import type {Config} from '../config/load-config.js';
import {embeddedDataDir} from '../config/paths.js';
import {type Database, explainLostServer, openDatabase} from '../db/connection.js';
import {explainDiskFull} from '../db/disk-full.js';
import {migrate} from '../db/migrate.js';
import {serverAddress} from '../db/server-url.js';
import {createProcessOutput} from '../terminal/output.js';
import {onShutdown} from '../terminal/shutdown.js';

/** Options for {@link withDatabase}. */
export interface WithDatabaseOptions {
  /** Apply pending migrations first (default true; `nls db status` turns it off). */
  migrate?: boolean;
}

/**
 * Opens the configured database, runs `work`, and always closes it (also on Ctrl-C). A full
 * disk, anywhere on the way, becomes a plain error saying so.
 */
export async function withDatabase<T>(
  config: Config,
  work: (db: Database) => Promise<T>,
  options: WithDatabaseOptions = {},
): Promise<T> {
  try {
    return await openAndWork(config, work, options);
  } catch (error) {
    throw explainDiskFull(error, {
      dataDir: embeddedDataDir(config.home),
      ...(config.databaseUrl ? {server: serverAddress(config.databaseUrl)} : {}),
    });
  }
}

async function openAndWork<T>(
  config: Config,
  work: (db: Database) => Promise<T>,
  options: WithDatabaseOptions,
): Promise<T> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    connectTimeout: config.databaseConnectTimeout,
    dataDir: embeddedDataDir(config.home),
  });
  // Said on stderr, like output.warn, so --json output stays one document.
  if (db.notice) createProcessOutput().warn(db.notice);
  const unregister = onShutdown(() => db.close());
  try {
    if (options.migrate !== false) await migrate(db.sql);
    return await work(db);
  } catch (error) {
    throw explainLostServer(error, db);
  } finally {
    unregister();
    await db.close();
  }
}
