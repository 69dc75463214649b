import {migrationStatus} from '../db/migrate.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {DbJsonOptions} from './options/db-options.js';

/** `nls db status`: lists every migration and whether it is applied. */
export async function run(options: DbJsonOptions, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  return withCommandDatabase(
    config,
    async (db) => {
      const status = await migrationStatus(db.sql);
      if (options.json) {
        output.json({mode: db.mode, location: db.location, migrations: status});
        return 0;
      }
      output.line(`Database: ${db.mode} (${db.location})`);
      for (const entry of status) {
        const when = entry.appliedAt ? entry.appliedAt.toISOString() : '';
        output.line(`  ${entry.state.padEnd(8)} ${entry.name.padEnd(40)} ${when}`);
      }
      const pending = status.filter((entry) => entry.state === 'pending').length;
      const edited = status.filter((entry) => entry.state === 'edited');
      if (edited.length > 0) {
        output.line(
          `${edited.length} applied migration(s) were edited since; nls db migrate will refuse.`,
        );
        return 1;
      }
      output.line(pending > 0 ? `${pending} pending: run nls db migrate` : 'Schema is up to date.');
      return 0;
    },
    {migrate: false},
  );
}
