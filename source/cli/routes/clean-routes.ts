import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls clean` on the `program` command. */
export function registerCleanRoutes(_program: Command, _action: ActionFactory): void {
  // Filled in by the feature that owns these commands.
}
