import {loadQuizSession} from '../quiz/service/load-quiz-session.js';
import {countNoun} from '../text/count-noun.js';
import {createTheme, isNoColorRequested} from '../theme.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {QuizOptions} from './options/quiz-options.js';

/** `nls quiz`: the quiz screen on its own. Without a terminal it explains and exits 1. */
export async function run(options: QuizOptions, context: CommandContext): Promise<number> {
  const {output} = context;
  const {count} = options;
  if (options.cram) return (await import('./quiz-cram.js')).run(options, context);
  const config = loadCommandConfig();
  const scope = {concept: options.concept, module: options.module, cluster: options.cluster};
  return withCommandDatabase(config, async (db) => {
    // Loading first checks the names, so a typo is reported with or without a terminal.
    const session = await loadQuizSession(db.sql, {scope, count, now: new Date()});
    if (!output.isTty || !process.stdin.isTTY) {
      output.line('nls quiz needs an interactive terminal (it reads single key presses).');
      output.line(
        session.empty
          ? session.empty.message
          : `${session.items.length} items are ready in ${session.scopeLabel} (${session.counts.due} due, ${session.counts.fresh} new): run nls quiz in a terminal.`,
      );
      return 1;
    }
    const {runQuizTerminal} = await import('../screens/quiz/run-quiz-terminal.js');
    const theme = createTheme({noColor: isNoColorRequested(process.env)});
    const saved = await runQuizTerminal({config, db, theme, scope, count});
    output.line(saved > 0 ? `Saved ${countNoun(saved, 'answer')}.` : 'No answers were saved.');
    return 0;
  });
}
