import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls sync anki push|pull` and `nls sync all` on the `sync` command. */
export function registerAnkiRoutes(sync: Command, route: Route): void {
  const anki = sync.command('anki').description('Push notes to Anki and pull review state back');
  route(
    anki.command('push').description('Add and update Anki notes; suspend notes of removed atoms'),
    async () => (await import('../../commands/options/sync-options.js')).ankiPushOptions,
    () => import('../../commands/sync-anki-push.js'),
  );
  route(
    anki
      .command('pull')
      .description('Store Anki ease, intervals and FSRS stability/difficulty on atoms'),
    async () => (await import('../../commands/options/sync-options.js')).syncJsonOptions,
    () => import('../../commands/sync-anki-pull.js'),
  );
  route(
    sync
      .command('all')
      .description(
        'Sync Notion, clean, push to Anki and pull from Anki; stop at the first failure',
      ),
    async () => (await import('../../commands/options/sync-options.js')).syncJsonOptions,
    () => import('../../commands/sync-all.js'),
  );
}
