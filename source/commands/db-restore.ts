import path from 'node:path';
import {embeddedDataDir} from '../config/paths.js';
import {restoreEmbeddedDatabase, restoreServerDatabase} from '../db/backup.js';
import {checkBackupFile} from '../db/backup-file.js';
import {maskDatabaseUrl} from '../db/connection.js';
import {isLayerBackup, restoreLayer} from '../db/layer-backup.js';
import {confirmDestructive} from '../terminal/confirm.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {DbRestoreOptions} from './options/db-options.js';

/** `nls db restore FILE`: replaces the database (or one layer of it) with a backup, after confirmation. */
export async function run(
  options: DbRestoreOptions,
  {output}: CommandContext,
  [file]: string[],
): Promise<number> {
  const config = loadCommandConfig();
  const source = path.resolve(file!);
  const target = config.databaseUrl
    ? maskDatabaseUrl(config.databaseUrl)
    : embeddedDataDir(config.home);
  // Before anything opens it: a FIFO or a device is refused, never read.
  checkBackupFile(source);
  const layer = isLayerBackup(source);
  const what = layer ? 'the tables of the layer in' : 'everything in';
  if (!(await confirmDestructive(`Replace ${what} ${target} with ${source}?`, options))) {
    output.line('Nothing was changed.');
    return 1;
  }
  if (layer) {
    const restored = await withCommandDatabase(config, (db) => restoreLayer(db.sql, source));
    if (options.json) output.json({restored: source, into: target, ...restored});
    else output.line(`Restored the ${restored.layer} tables of ${target} (${restored.rows} rows)`);
    if (restored.layer === 'staging') {
      output.warn('Run nls sync notion --full next: the staging rows are older than the sync log.');
    }
    return 0;
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
