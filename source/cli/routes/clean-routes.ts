import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls clean` on the `program` command. */
export function registerCleanRoutes(program: Command, action: ActionFactory): void {
  program
    .command('clean')
    .description(
      'Grade every card, tidy question fronts, find duplicates and (with --rewrite) ask Gemini for better versions',
    )
    .option('--rewrite', 'queue Gemini rewrites of verbose, needs-split and D/F cards for review')
    .option('--limit <n>', 'most cards to send to Gemini in one run', '50')
    .option('--dry-run', 'show what would change without writing anything')
    .option(
      '--leeches',
      'list the cards you keep forgetting (with --rewrite: queue easier versions)',
    )
    .option('--lapses <n>', 'lapses that make a leech (Anki: 8)')
    .option('--json', 'print the summary as JSON')
    .addHelpText(
      'after',
      `
Examples:
  nls clean --dry-run             see grades and duplicates, change nothing
  nls clean                       grade, normalise and propose duplicate merges
  nls clean --rewrite --limit 20  also ask Gemini to rewrite the 20 worst cards (needs GEMINI_API_KEY)`,
    )
    .action(action(() => import('../../commands/clean.js')));
}
