import {findCramAtoms} from '../db/cram-rows.js';
import {shuffleCram} from '../quiz/cram/cram-session.js';
import {resolveQuizScope} from '../quiz/service/quiz-scope.js';
import {createTheme, isNoColorRequested} from '../theme.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {QuizOptions} from './options/quiz-options.js';

/** `nls quiz --cram`: any atoms in scope, in a random order; writes nothing anywhere. */
export async function run(options: QuizOptions, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  const scope = {concept: options.concept, module: options.module, cluster: options.cluster};
  const loaded = await withCommandDatabase(config, async (db) => {
    const resolved = await resolveQuizScope(db.sql, scope);
    return {label: resolved.label, atoms: await findCramAtoms(db.sql, resolved.filter)};
  });
  const items = shuffleCram(loaded.atoms, options.count, Math.random);
  if (items.length === 0) {
    output.line(`Nothing to cram in ${loaded.label}.`);
    return 1;
  }
  if (!output.isTty || !process.stdin.isTTY) {
    output.line('nls quiz --cram needs an interactive terminal (it reads single key presses).');
    output.line(`${items.length} atoms are ready in ${loaded.label}; nothing would be saved.`);
    return 1;
  }
  const {runCramTerminal} = await import('../screens/cram/run-cram-terminal.js');
  const theme = createTheme({noColor: isNoColorRequested(process.env)});
  output.line(await runCramTerminal(items, theme, config.keymap));
  return 0;
}
