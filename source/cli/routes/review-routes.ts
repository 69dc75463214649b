import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls review` and `nls review list|approve|reject` on the `program` command. */
export function registerReviewRoutes(_program: Command, _action: ActionFactory): void {
  // Filled in by the feature that owns these commands.
}
