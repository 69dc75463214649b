import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls sync notion` on the `sync` command. */
export function registerNotionRoutes(_sync: Command, _action: ActionFactory): void {
  // Filled in by the feature that owns these commands.
}
