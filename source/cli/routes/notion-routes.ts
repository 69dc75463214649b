import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls sync notion` on the `sync` command. */
export function registerNotionRoutes(sync: Command, route: Route): void {
  route(
    sync
      .command('notion')
      .description('Pull the configured Notion databases (incremental after the first full sync)'),
    async () => (await import('../../commands/options/sync-options.js')).syncNotionOptions,
    () => import('../../commands/sync-notion.js'),
  );
}
