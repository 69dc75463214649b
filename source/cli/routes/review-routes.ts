import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls review` and `nls review list|approve|reject` on the `program` command. */
export function registerReviewRoutes(program: Command, action: ActionFactory): void {
  const review = program
    .command('review')
    .description('Triage proposed rewrites and duplicate merges (the review screen on a terminal)')
    // No --json here: commander would give the parent every subcommand's --json.
    .action(action(() => import('../../commands/review.js')));
  review
    .command('list')
    .description('List review items, best proposal first')
    .option('--status <status>', 'pending, approved, rejected, edited or all', 'pending')
    .option('--source <source>', 'only items from this source (gemini, duplicate_merge)')
    .option('--batch <batch>', 'only items of this batch id')
    .option('--limit <n>', 'most items to list', '1000')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/review-list.js')));
  review
    .command('approve')
    .description('Approve items (every card of a split); one decision, undoable in the screen')
    .argument('<ids...>', 'review item ids from `nls review list`')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/review-approve.js')));
  review
    .command('reject')
    .description('Reject items; the original cards stay as they are')
    .argument('<ids...>', 'review item ids from `nls review list`')
    .option('--reason <text>', 'why (kept as the reviewer note)')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/review-reject.js')));
}
