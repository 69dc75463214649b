import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls concepts` (and other screens opened directly) on the `program` command. */
export function registerScreenRoutes(program: Command, action: ActionFactory): void {
  program
    .command('concepts')
    .description('Open the terminal app on the concept tree (area → cluster → concept → atoms)')
    .action(action(() => import('../../commands/concepts.js')));
}
