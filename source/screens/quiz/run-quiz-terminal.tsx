import type {Config} from '../../config/load-config.js';
import type {Database} from '../../db/connection.js';
import {countQuizAttempts} from '../../db/quiz-rows.js';
import {recomputeMastery} from '../../mastery/recompute-mastery.js';
import type {QuizScope} from '../../quiz/service/quiz-scope.js';
import type {Theme} from '../../theme.js';
import {renderFullScreen} from '../app/render-full-screen.js';
import {ServicesProvider} from '../app/services-context.js';
import {QuizApp} from './quiz-app.js';

/** Options of {@link runQuizTerminal}. */
export interface RunQuizTerminalOptions {
  config: Config;
  db: Database;
  theme: Theme;
  scope: QuizScope;
  count: number;
}

/** Runs the quiz screen alone until it is closed; returns how many answers were saved. */
export async function runQuizTerminal(options: RunQuizTerminalOptions): Promise<number> {
  const before = await countQuizAttempts(options.db.sql);
  const services = {
    config: options.config,
    db: options.db,
    now: () => new Date(),
    random: Math.random,
  };
  await renderFullScreen(
    <ServicesProvider value={services}>
      <QuizApp {...options.scope} count={options.count} />
    </ServicesProvider>,
    options.theme,
    options.config.keymap,
  );
  const saved = (await countQuizAttempts(options.db.sql)) - before;
  // Ctrl-C leaves without the summary; mastery must still follow the saved answers.
  if (saved > 0) await recomputeMastery(options.db.sql, new Date());
  return saved;
}
