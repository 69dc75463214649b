import type {Config} from '../config/load-config.js';
import {embeddedDataDir} from '../config/paths.js';
import {type Database, explainLostServer, openDatabase} from './connection.js';
import {explainDiskFull} from './disk-full.js';
import {migrate} from './migrate.js';
import {serverAddress} from './server-url.js';

/** Options for {@link withDatabase}. */
export interface WithDatabaseOptions {
  /**
   * Where notices go (an interrupted restore undone at start, a joined run waited for at the
   * end); the caller picks the stream.
   */
  onNotice: (notice: string) => void;
  /**
   * Registers the close to run when the process is stopped (Ctrl-C); returns its unregistering.
   * The caller owns the process's signals.
   */
  closeOnShutdown: (close: () => Promise<void>) => () => void;
  /** Apply pending migrations first (default true; `nls db status` turns it off). */
  migrate?: boolean;
}

/**
 * Opens the configured database (applying pending migrations), runs `work`, and always closes it
 * (also on Ctrl-C, through `closeOnShutdown`). A full disk, anywhere on the way, becomes a plain
 * error saying so.
 */
export async function withDatabase<T>(
  config: Config,
  work: (db: Database) => Promise<T>,
  options: WithDatabaseOptions,
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
    onJoinedRunWait: options.onNotice,
  });
  if (db.notice) options.onNotice(db.notice);
  const unregister = options.closeOnShutdown(() => db.close());
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
