import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls sync anki push|pull` and `nls sync all` on the `sync` command. */
export function registerAnkiRoutes(sync: Command, action: ActionFactory): void {
  const anki = sync.command('anki').description('Push notes to Anki and pull review state back');
  anki
    .command('push')
    .description('Add and update Anki notes; suspend notes of removed atoms')
    .option('--dry-run', 'print the plan (add / update / unchanged / suspend / delete) only')
    .option('--delete-stale', 'delete (not suspend) notes of removed atoms, after confirmation')
    .option('--yes', 'confirm --delete-stale without asking')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/sync-anki-push.js')));
  anki
    .command('pull')
    .description('Store Anki ease, intervals and FSRS stability/difficulty on atoms')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/sync-anki-pull.js')));
  sync
    .command('all')
    .description('Sync Notion, clean, push to Anki and pull from Anki; stop at the first failure')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/sync-all.js')));
}
