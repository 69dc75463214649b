import type {JobContext, JobText} from '../../jobs/job-outcome.js';
import type {ActionId} from '../../keymap/keymap.js';

/** A job the Sync screen can start. */
export type JobId = 'notion-incremental' | 'notion-full' | 'clean' | 'anki-push' | 'anki-pull';

/**
 * Runs one job to the end and returns its phrasing (the screen shows the first line, the
 * warnings as messages); the job records its own sync_log row.
 */
export type JobRunner = (context: JobContext & {signal: AbortSignal}) => Promise<JobText>;

/** The runners available in this build, by job; a missing one cannot be started. */
export type JobRunners = Partial<Record<JobId, JobRunner>>;

/** A job as the Sync screen lists it. */
export interface JobInfo {
  id: JobId;
  title: string;
  /** The key that starts it (the keymap flags dangerous ones, which ask first). */
  action: ActionId;
}

/** Every job in display order. */
export const JOBS: readonly JobInfo[] = [
  {id: 'notion-incremental', title: 'Notion sync (incremental)', action: 'sync.notion-incremental'},
  {id: 'notion-full', title: 'Notion sync (full)', action: 'sync.notion-full'},
  {id: 'clean', title: 'cleaning', action: 'sync.clean'},
  {id: 'anki-push', title: 'Anki push', action: 'sync.anki-push'},
  {id: 'anki-pull', title: 'Anki pull', action: 'sync.anki-pull'},
];

/** True when `id` names a job. */
export function isJobId(id: string): id is JobId {
  return JOBS.some((job) => job.id === id);
}
