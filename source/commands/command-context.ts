import type {Output} from '../terminal/output.js';

/** What every command's `run` receives besides its options (the routes in cli/ pass it). */
export interface CommandContext {
  output: Output;
  /** The raw arguments nls was started with. */
  argv: readonly string[];
}
