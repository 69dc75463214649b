import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls concepts` (and other screens opened directly) on the `program` command. */
export function registerScreenRoutes(_program: Command, _action: ActionFactory): void {
  // Filled in by the feature that owns these commands.
}
