import {render} from 'ink';
import {withDatabase} from '../../cli/with-database.js';
import {ThemeProvider} from '../../components/theme-context.js';
import type {Config} from '../../config/load-config.js';
import {createTheme, type Theme} from '../../theme.js';
import {ServicesProvider} from '../app/services-context.js';
import {useTerminalSize} from '../app/use-terminal-size.js';
import {ReviewApp} from './review-app.js';

/** Options of {@link runReviewScreen}. */
export interface RunReviewScreenOptions {
  config: Config;
  /** Colours (default: the full palette). */
  theme?: Theme;
  /** The `$EDITOR` command for `E` (the command maps the environment to it). */
  editor?: string;
}

function SizedReviewApp({editor}: {editor: string | undefined}) {
  const {columns, rows} = useTerminalSize();
  return <ReviewApp width={columns} height={rows} editor={editor} />;
}

/** `nls review` on a terminal: opens the database and the Review screen until `q`. */
export function runReviewScreen(options: RunReviewScreenOptions): Promise<number> {
  const {config} = options;
  return withDatabase(config, async (db) => {
    const services = {config, db, now: () => new Date(), random: Math.random};
    const instance = render(
      <ServicesProvider value={services}>
        <ThemeProvider theme={options.theme ?? createTheme()}>
          <SizedReviewApp editor={options.editor} />
        </ThemeProvider>
      </ServicesProvider>,
      {exitOnCtrlC: true, patchConsole: true},
    );
    try {
      await instance.waitUntilExit();
    } finally {
      instance.cleanup();
    }
    return 0;
  });
}
