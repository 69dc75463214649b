import {render} from 'ink';
import type {ReactElement} from 'react';
import {ThemeProvider} from '../../components/theme-context.js';
import type {Theme} from '../../theme.js';

/**
 * Renders a terminal screen with the theme until it exits (`q`, or Ctrl-C). The console is
 * patched so a stray log line cannot tear the frame.
 */
export async function renderFullScreen(tree: ReactElement, theme: Theme): Promise<void> {
  const instance = render(<ThemeProvider theme={theme}>{tree}</ThemeProvider>, {
    exitOnCtrlC: true,
    patchConsole: true,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
  }
}
