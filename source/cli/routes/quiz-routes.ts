import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls quiz` on the `program` command. */
export function registerQuizRoutes(_program: Command, _action: ActionFactory): void {
  // Filled in by the feature that owns these commands.
}
