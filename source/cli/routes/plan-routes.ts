import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls plan`. */
export function registerPlanRoutes(program: Command, action: ActionFactory): void {
  program
    .command('plan')
    .description('Plan toward an exam: recall on the day, reviews a day to reach the target')
    .requiredOption('--exam <date>', 'the exam date, YYYY-MM-DD')
    .option('--scope <kind-and-name...>', 'track, module or concept and its name')
    .option('--minutes <n>', 'minutes a day you have for reviews')
    .option('--target <r>', 'wanted recall on the exam, 0–1 (default 0.9)')
    .option('--apply', 'move the planned cards (Anki setDueDate, quiz items), after confirmation')
    .option('--yes', 'confirm --apply without asking')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/plan.js')));
}
