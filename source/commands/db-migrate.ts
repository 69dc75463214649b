import {migrate} from '../db/migrate.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {DbJsonOptions} from './options/db-options.js';

/** `nls db migrate`: applies pending migrations. */
export async function run(options: DbJsonOptions, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  return withCommandDatabase(
    config,
    async (db) => {
      const applied = await migrate(db.sql);
      if (options.json) output.json({mode: db.mode, location: db.location, applied});
      else if (applied.length === 0) output.line('Schema is up to date; nothing to apply.');
      else for (const name of applied) output.line(`applied ${name}`);
      return 0;
    },
    {migrate: false},
  );
}
