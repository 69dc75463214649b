import type {JobRunners} from './sync-jobs.js';

// The jobs are imported when one starts, so opening the app stays fast.

/** The Sync screen's jobs: the same jobs the CLI commands run, with their default options. */
export const defaultJobRunners: JobRunners = {
  'notion-incremental': async (context) =>
    (await import('../../jobs/notion-sync-job.js')).notionSyncJob(context, {full: false}),
  'notion-full': async (context) =>
    (await import('../../jobs/notion-sync-job.js')).notionSyncJob(context, {full: true}),
  clean: async (context) => (await import('../../jobs/clean-job.js')).cleanJob(context),
  'anki-push': async (context) =>
    (await import('../../jobs/anki-push-job.js')).ankiPushJob(context),
  'anki-pull': async (context) =>
    (await import('../../jobs/anki-pull-job.js')).ankiPullJob(context),
};
