import path from 'node:path';
import {backupDatabase} from '../db/backup.js';
import {backupLayer} from '../db/layer-backup.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {DbBackupOptions} from './options/db-options.js';

/** `nls db backup [--only staging|canonical] FILE`: a full backup, or one layer's tables. */
export async function run(
  options: DbBackupOptions,
  {output}: CommandContext,
  [file]: string[],
): Promise<number> {
  const config = loadCommandConfig();
  const target = path.resolve(file!);
  return withCommandDatabase(config, async (db) => {
    if (options.only) await backupLayer(db.sql, options.only, target);
    else {
      await backupDatabase(
        db,
        target,
        config.databaseUrl
          ? {url: config.databaseUrl, connectTimeout: config.databaseConnectTimeout}
          : undefined,
      );
    }
    const what = options.only ? `the ${options.only} tables of the ${db.mode}` : `the ${db.mode}`;
    if (options.json) output.json({file: target, mode: db.mode, only: options.only ?? null});
    else output.line(`Backed up ${what} database to ${target}`);
    return 0;
  });
}
