import path from 'node:path';
import type {CommandContext} from '../cli/program.js';
import {withDatabase} from '../cli/with-database.js';
import {loadConfig} from '../config/load-config.js';
import {backupDatabase} from '../db/backup.js';

/** `nls db backup FILE`: a full backup of the database. */
export async function run(
  options: {json?: boolean},
  {output}: CommandContext,
  [file]: string[],
): Promise<number> {
  const config = loadConfig();
  const target = path.resolve(file!);
  return withDatabase(config, async (db) => {
    await backupDatabase(
      db,
      target,
      config.databaseUrl
        ? {url: config.databaseUrl, connectTimeout: config.databaseConnectTimeout}
        : undefined,
    );
    if (options.json) output.json({file: target, mode: db.mode});
    else output.line(`Backed up the ${db.mode} database to ${target}`);
    return 0;
  });
}
