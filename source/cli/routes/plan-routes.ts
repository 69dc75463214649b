import type {Command} from 'commander';
import type {Route} from '../program.js';

/** Registers `nls plan`. */
export function registerPlanRoutes(program: Command, route: Route): void {
  route(
    program
      .command('plan')
      .description('Plan toward an exam: recall on the day, reviews a day to reach the target'),
    async () => (await import('../../commands/options/plan-options.js')).planOptions,
    () => import('../../commands/plan.js'),
  );
}
