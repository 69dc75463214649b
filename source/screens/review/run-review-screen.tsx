import type {Config} from '../../config/load-config.js';
import type {Database} from '../../db/connection.js';
import {createTheme, type Theme} from '../../theme.js';
import {renderFullScreen} from '../app/render-full-screen.js';
import {ServicesProvider} from '../app/services-context.js';
import {useTerminalSize} from '../app/use-terminal-size.js';
import {ReviewApp} from './review-app.js';

/** Options of {@link runReviewScreen}. */
export interface RunReviewScreenOptions {
  config: Config;
  /** The open database (the caller opens and closes it). */
  db: Database;
  /** Colours (default: the full palette). */
  theme?: Theme;
  /** The `$EDITOR` command for `E` (the command maps the environment to it). */
  editor?: string;
}

function SizedReviewApp({editor}: {editor: string | undefined}) {
  const {columns, rows} = useTerminalSize();
  return <ReviewApp width={columns} height={rows} editor={editor} />;
}

/** `nls review` on a terminal: the Review screen on the open database until `q`. */
export async function runReviewScreen(options: RunReviewScreenOptions): Promise<number> {
  const {config, db} = options;
  const services = {config, db, now: () => new Date(), random: Math.random};
  await renderFullScreen(
    <ServicesProvider value={services}>
      <SizedReviewApp editor={options.editor} />
    </ServicesProvider>,
    options.theme ?? createTheme(),
    config.keymap,
  );
  return 0;
}
