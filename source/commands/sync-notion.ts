import {notionSyncJob} from '../jobs/notion-sync-job.js';
import type {CommandContext} from './command-context.js';
import {runJobCommand} from './command-preamble.js';
import type {SyncNotionOptions} from './options/sync-options.js';

/** `nls sync notion`: pulls the configured Notion databases into staging and canonical tables. */
export function run(options: SyncNotionOptions, {output}: CommandContext): Promise<number> {
  return runJobCommand(output, options, (context) =>
    notionSyncJob(context, {full: options.full === true, dryRun: options.dryRun === true}),
  );
}
