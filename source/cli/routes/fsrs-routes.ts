import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls fsrs optimize`. */
export function registerFsrsRoutes(program: Command, route: Route): void {
  const fsrs = program.command('fsrs').description('Personal FSRS parameters from your history');
  route(
    fsrs
      .command('optimize')
      .description('Fit FSRS-6 parameters per Anki preset to the stored review log'),
    async () => (await import('../../commands/options/fsrs-options.js')).fsrsOptimizeOptions,
    () => import('../../commands/fsrs-optimize.js'),
  );
}
