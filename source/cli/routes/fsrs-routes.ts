import type {Command} from 'commander';
import type {ActionFactory} from '../program.js';

/** Registers `nls fsrs optimize`. */
export function registerFsrsRoutes(program: Command, action: ActionFactory): void {
  const fsrs = program.command('fsrs').description('Personal FSRS parameters from your history');
  fsrs
    .command('optimize')
    .description('Fit FSRS-6 parameters per Anki preset to the stored review log')
    .option('--preset <name>', 'only this preset')
    .option('--apply', 'write parameters that predict better to the preset, after confirmation')
    .option('--yes', 'confirm --apply without asking')
    .option('--json', 'machine-readable output')
    .action(action(() => import('../../commands/fsrs-optimize.js')));
}
