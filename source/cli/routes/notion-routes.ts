import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls sync notion` on the `sync` command. */
export function registerNotionRoutes(sync: Command, action: ActionFactory): void {
  sync
    .command('notion')
    .description('Pull the configured Notion databases (incremental after the first full sync)')
    .option('--full', 'walk every row and sweep pages deleted in Notion')
    .option('--dry-run', 'fetch and report what would change; write nothing')
    .option('--json', 'machine-readable summary')
    .action(action(() => import('../../commands/sync-notion.js')));
}
