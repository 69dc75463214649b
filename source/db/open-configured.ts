import type {Config} from '../config/load-config.js';
import {embeddedDataDir} from '../config/paths.js';
import {type Database, openDatabase} from './connection.js';
import {migrate} from './migrate.js';

/**
 * Opens the configured database for the terminal app and applies pending migrations (closing it
 * if they fail). The app stays open for hours, so a joined database follows its server.
 */
export async function openConfiguredDatabase(
  config: Config,
  onJoinedRunWait?: (notice: string) => void,
): Promise<Database> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    connectTimeout: config.databaseConnectTimeout,
    dataDir: embeddedDataDir(config.home),
    followServer: true,
    ...(onJoinedRunWait ? {onJoinedRunWait} : {}),
  });
  try {
    await migrate(db.sql);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
