import {leechJob} from '../jobs/leech-job.js';
import type {CommandContext} from './command-context.js';
import {runJobCommand} from './command-preamble.js';
import type {CleanOptions} from './options/clean-options.js';

/** `nls clean --leeches [--rewrite]`: the cards you keep forgetting, and rewrites of them. */
export function run(options: CleanOptions, {output}: CommandContext): Promise<number> {
  return runJobCommand(output, options, (context) =>
    leechJob(context, {
      rewrite: options.rewrite,
      limit: options.limit,
      ...(options.lapses === undefined ? {} : {lapses: options.lapses}),
    }),
  );
}
