import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls db migrate|status|backup|restore` on the `program` command. */
export function registerDbRoutes(program: Command, route: Route): void {
  const db = program.command('db').description('Manage the database (migrations, backups)');
  route(
    db.command('migrate').description('Apply pending schema migrations'),
    async () => (await import('../../commands/options/db-options.js')).dbMigrateOptions,
    () => import('../../commands/db-migrate.js'),
  );
  route(
    db.command('status').description('List schema migrations and whether each is applied'),
    async () => (await import('../../commands/options/db-options.js')).dbStatusOptions,
    () => import('../../commands/db-status.js'),
  );
  route(
    db
      .command('backup')
      .description(
        'Write a full backup (pg_dump custom format on a server, a data-dir tarball embedded)',
      )
      .argument('<file>', 'where to write the backup'),
    async () => (await import('../../commands/options/db-options.js')).dbBackupOptions,
    () => import('../../commands/db-backup.js'),
  );
  route(
    db
      .command('restore')
      .description('Replace the database (or one layer) with a backup written by nls db backup')
      .argument('<file>', 'the backup to restore'),
    async () => (await import('../../commands/options/db-options.js')).dbRestoreOptions,
    () => import('../../commands/db-restore.js'),
  );
}
