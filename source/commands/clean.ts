import {cleanJob} from '../jobs/clean-job.js';
import type {CommandContext} from './command-context.js';
import {runJobCommand} from './command-preamble.js';
import type {CleanOptions} from './options/clean-options.js';

/** `nls clean`: grade, normalise, de-duplicate and optionally queue Gemini rewrites. */
export async function run(options: CleanOptions, context: CommandContext): Promise<number> {
  if (options.leeches) return (await import('./clean-leeches.js')).run(options, context);
  return runJobCommand(context.output, options, (job) =>
    cleanJob(job, {
      rewrite: options.rewrite === true,
      limit: options.limit,
      dryRun: options.dryRun === true,
    }),
  );
}
