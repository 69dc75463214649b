import type {Config} from '../../config/load-config.js';
import type {Database} from '../../db/connection.js';

/** What the terminal app needs: the settings, and optionally an already open database. */
export interface RunTuiOptions {
  config: Config;
  database?: Database;
}

/** Opens the terminal app and resolves with the exit code when the user quits. */
export async function runTui(_options: RunTuiOptions): Promise<number> {
  process.stdout.write('The terminal screens are not built yet; use nls --help for the commands.\n');
  return 0;
}
