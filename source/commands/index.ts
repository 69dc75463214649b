import {createTheme, isNoColorRequested} from '../theme.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig} from './command-preamble.js';

/** `nls` with no command: the terminal app, or a pointer to the commands when there is no terminal. */
export async function run(_options: unknown, {output}: CommandContext): Promise<number> {
  if (!process.stdout.isTTY || !process.stdin.isTTY) {
    output.line(
      'nls needs an interactive terminal for its screens. Without one, use the commands:',
    );
    output.line('  nls demo | nls doctor | nls db status | nls --help');
    return 0;
  }
  const config = loadCommandConfig();
  const {runTui} = await import('../screens/app/run-tui.js');
  return runTui({config, theme: createTheme({noColor: isNoColorRequested(process.env)})});
}
