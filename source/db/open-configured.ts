import type {Config} from '../config/load-config.js';
import {embeddedDataDir} from '../config/paths.js';
import {type Database, openDatabase} from './connection.js';
import {migrate} from './migrate.js';

/** Opens the configured database and applies pending migrations (closing it if they fail). */
export async function openConfiguredDatabase(config: Config): Promise<Database> {
  const db = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: embeddedDataDir(config.home),
  });
  try {
    await migrate(db.sql);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

/**
 * Starts opening the database now, so it starts while the terminal app's modules load (the
 * embedded database needs about 0.7 s, Ink about 0.5 s). A failure surfaces where it is awaited.
 */
export function startOpeningDatabase(config: Config): Promise<Database> {
  const opening = openConfiguredDatabase(config);
  opening.catch(() => {});
  return opening;
}
