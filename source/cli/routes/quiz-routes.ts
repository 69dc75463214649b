import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls quiz` on the `program` command. */
export function registerQuizRoutes(program: Command, action: ActionFactory): void {
  program
    .command('quiz')
    .description(
      'Quiz yourself in the terminal on mcq, true/false, matching and Parsons items: due ones first, then new ones',
    )
    .option(
      '--concept <name>',
      'only items of this concept (name or a unique start of it, any case)',
    )
    .option('--module <name>', 'only items of this module (name or a unique start of it, any case)')
    .option(
      '--cluster <name>',
      'only items of the concepts in this cluster (name or unique start, any case)',
    )
    .option('--count <n>', 'items in the session', '10')
    .option(
      '--cram',
      'any atoms in scope, flashcards and clozes too; saves nothing (no schedule, no answer, nothing to Anki)',
    )
    .addHelpText(
      'after',
      `
Needs an interactive terminal: without one it prints how many items are ready and exits 1.

Examples:
  nls quiz                          10 items from the whole course
  nls quiz --concept "TCP" --count 5
  nls quiz --module "Week 3"`,
    )
    .action(action(() => import('../../commands/quiz.js')));
}
