import path from 'node:path';
import {confirmDestructive} from '../cli/confirm.js';
import type {CommandContext} from '../cli/program.js';
import {loadConfig} from '../config/load-config.js';
import {embeddedDataDir} from '../config/paths.js';
import {restoreEmbeddedDatabase, restoreServerDatabase} from '../db/backup.js';
import {maskDatabaseUrl} from '../db/connection.js';

/** `nls db restore FILE`: replaces the database with a backup, after confirmation. */
export async function run(
  options: {yes?: boolean; json?: boolean},
  {output}: CommandContext,
  [file]: string[],
): Promise<number> {
  const config = loadConfig();
  const source = path.resolve(file!);
  const target = config.databaseUrl
    ? maskDatabaseUrl(config.databaseUrl)
    : embeddedDataDir(config.home);
  if (!(await confirmDestructive(`Replace everything in ${target} with ${source}?`, options))) {
    output.line('Nothing was changed.');
    return 1;
  }
  if (config.databaseUrl) {
    await restoreServerDatabase(
      {url: config.databaseUrl, connectTimeout: config.databaseConnectTimeout},
      source,
    );
  } else {
    const notice = await restoreEmbeddedDatabase(embeddedDataDir(config.home), source);
    if (notice) output.warn(notice);
  }
  if (options.json) output.json({restored: source, into: target});
  else output.line(`Restored ${target} from ${source}`);
  return 0;
}
