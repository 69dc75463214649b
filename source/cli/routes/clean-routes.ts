import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls clean` on the `program` command. */
export function registerCleanRoutes(program: Command, route: Route): void {
  route(
    program
      .command('clean')
      .description(
        'Grade every card, tidy question fronts, find duplicates and (with --rewrite) ask Gemini for better versions',
      )
      .addHelpText(
        'after',
        `
Examples:
  nls clean --dry-run             see grades and duplicates, change nothing
  nls clean                       grade, normalise and propose duplicate merges
  nls clean --rewrite --limit 20  also ask Gemini to rewrite the 20 worst cards (needs GEMINI_API_KEY)`,
      ),
    async () => (await import('../../commands/options/clean-options.js')).cleanOptions,
    () => import('../../commands/clean.js'),
  );
}
