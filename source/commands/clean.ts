import {cleanJob} from '../jobs/clean-job.js';
import {parseWholeNumber} from '../terminal/parse-whole-number.js';
import type {CommandContext} from './command-context.js';
import {runJobCommand} from './command-preamble.js';

/** `nls clean`: grade, normalise, de-duplicate and optionally queue Gemini rewrites. */
export async function run(
  options: {rewrite?: boolean; limit?: string; dryRun?: boolean; json?: boolean; leeches?: boolean},
  context: CommandContext,
): Promise<number> {
  if (options.leeches) return (await import('./clean-leeches.js')).run(options, context);
  const limit = parseWholeNumber(options.limit, '--limit', 50, {min: 1});
  return runJobCommand(context.output, options, (job) =>
    cleanJob(job, {rewrite: options.rewrite === true, limit, dryRun: options.dryRun === true}),
  );
}
