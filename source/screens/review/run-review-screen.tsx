import {withDatabase} from '../../cli/with-database.js';
import type {Config} from '../../config/load-config.js';
import {createTheme, type Theme} from '../../theme.js';
import {renderFullScreen} from '../app/render-full-screen.js';
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
    await renderFullScreen(
      <ServicesProvider value={services}>
        <SizedReviewApp editor={options.editor} />
      </ServicesProvider>,
      options.theme ?? createTheme(),
      config.keymap,
    );
    return 0;
  });
}
