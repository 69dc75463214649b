import type {Config} from '../../config/load-config.js';
import type {Database} from '../../db/connection.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {createTheme, type Theme} from '../../theme.js';
import {defaultJobRunners} from '../sync/default-jobs.js';
import {App} from './app.js';
import {renderFullScreen} from './render-full-screen.js';
import type {ScreenId} from './shell-context.js';

/** What the terminal app needs: the settings, and optionally an already open database. */
export interface RunTuiOptions {
  config: Config;
  /** Already open (the caller closes it); otherwise the app opens and closes the configured one. */
  database?: Database;
  initialScreen?: ScreenId;
  theme?: Theme;
}

/** Opens the terminal app and resolves with the exit code when the user quits. */
export async function runTui(options: RunTuiOptions): Promise<number> {
  const {config} = options;
  let opening: Promise<Database> | undefined;
  // Imported lazily so the first frame does not wait for the database modules.
  const openConfigured = () => {
    opening ??= import('../../db/open-configured.js').then(({openConfiguredDatabase}) =>
      // Said after the app has left the screen, as it closes the database.
      openConfiguredDatabase(config, (notice) =>
        process.stderr.write(`${sanitizeTerminalText(notice)}\n`),
      ),
    );
    return opening;
  };
  try {
    await renderFullScreen(
      <App
        config={config}
        database={options.database ?? null}
        openDatabase={options.database ? undefined : openConfigured}
        initialScreen={options.initialScreen}
        jobs={defaultJobRunners}
      />,
      options.theme ?? createTheme(),
      config.keymap,
      config.screenReader,
    );
  } finally {
    if (opening) await opening.then((db) => db.close()).catch(() => {});
  }
  return 0;
}
