import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls review` and `nls review list|approve|reject` on the `program` command. */
export function registerReviewRoutes(program: Command, route: Route): void {
  const review = route(
    program
      .command('review')
      .description(
        'Triage proposed rewrites and duplicate merges (the review screen on a terminal)',
      ),
    // No --json here: commander would give the parent every subcommand's --json.
    null,
    () => import('../../commands/review.js'),
  );
  route(
    review.command('list').description('List review items, best proposal first'),
    async () => (await import('../../commands/options/review-options.js')).reviewListOptions,
    () => import('../../commands/review-list.js'),
  );
  route(
    review
      .command('approve')
      .description('Approve items (every card of a split); one decision, undoable in the screen')
      .argument('<ids...>', 'review item ids from `nls review list`'),
    async () => (await import('../../commands/options/review-options.js')).reviewApproveOptions,
    () => import('../../commands/review-approve.js'),
  );
  route(
    review
      .command('reject')
      .description('Reject items; the original cards stay as they are')
      .argument('<ids...>', 'review item ids from `nls review list`'),
    async () => (await import('../../commands/options/review-options.js')).reviewRejectOptions,
    () => import('../../commands/review-reject.js'),
  );
}
