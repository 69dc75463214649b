import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls sync anki push|pull` and `nls sync all` on the `sync` command. */
export function registerAnkiRoutes(_sync: Command, _action: ActionFactory): void {
  // Filled in by the feature that owns these commands.
}
