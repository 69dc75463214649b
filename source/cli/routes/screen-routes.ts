import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls concepts` (and other screens opened directly) on the `program` command. */
export function registerScreenRoutes(program: Command, route: Route): void {
  route(
    program
      .command('concepts')
      .description('Open the terminal app on the concept tree (area → cluster → concept → atoms)'),
    null,
    () => import('../../commands/concepts.js'),
  );
}
