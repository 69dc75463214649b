import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls quiz` on the `program` command. */
export function registerQuizRoutes(program: Command, route: Route): void {
  route(
    program
      .command('quiz')
      .description(
        'Quiz yourself in the terminal on mcq, true/false, matching and Parsons items: due ones first, then new ones',
      )
      .addHelpText(
        'after',
        `
Needs an interactive terminal: without one it prints how many items are ready and exits 1.

Examples:
  nls quiz                          10 items from the whole course
  nls quiz --concept "TCP" --count 5
  nls quiz --module "Week 3"`,
      ),
    async () => (await import('../../commands/options/quiz-options.js')).quizOptions,
    () => import('../../commands/quiz.js'),
  );
}
