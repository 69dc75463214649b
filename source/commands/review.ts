import {configuredReviewService} from '../review/configured-review-service.js';
import {createTheme, isNoColorRequested} from '../theme.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';

/** `nls review`: the triage screen on a terminal; otherwise the pending count and the commands. */
export async function run(_options: unknown, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  if (output.isTty && process.stdin.isTTY) {
    const {runReviewScreen} = await import('../screens/review/run-review-screen.js');
    const editor = process.env.VISUAL || process.env.EDITOR || undefined;
    const theme = createTheme({noColor: isNoColorRequested(process.env)});
    return withCommandDatabase(config, (db) =>
      runReviewScreen({config, db, theme, ...(editor ? {editor} : {})}),
    );
  }
  return withCommandDatabase(config, async (db) => {
    const counts = await configuredReviewService(db, config).counts();
    output.line(`${counts.pendingGroups} review item(s) pending (${counts.pending} card(s)).`);
    output.line('  nls review list [--status S] [--source S] [--batch B] [--json]');
    output.line('  nls review approve ID… [--json]');
    output.line('  nls review reject ID… [--reason TEXT] [--json]');
    return 0;
  });
}
