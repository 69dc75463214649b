import {render} from 'ink';
import type {ReactElement} from 'react';
import {ThemeProvider} from '../../components/theme-context.js';
import type {Keymap} from '../../keymap/keymap.js';
import {KeymapProvider} from '../../keymap/use-keymap.js';
import type {Theme} from '../../theme.js';

/**
 * Renders a terminal screen with the theme and the keymap in force (`config.keymap`) until it
 * exits (`q`, or Ctrl-C). The console is patched so a stray log line cannot tear the frame.
 */
export async function renderFullScreen(
  tree: ReactElement,
  theme: Theme,
  keymap: Keymap,
): Promise<void> {
  const wrapped = (
    <ThemeProvider theme={theme}>
      <KeymapProvider keymap={keymap}>{tree}</KeymapProvider>
    </ThemeProvider>
  );
  const instance = render(wrapped, {
    exitOnCtrlC: true,
    patchConsole: true,
  });
  try {
    await instance.waitUntilExit();
  } finally {
    instance.cleanup();
  }
}
