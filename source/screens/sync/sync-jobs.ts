import type {Config} from '../../config/load-config.js';
import type {Database} from '../../db/connection.js';
import type {ActionId} from '../../keymap/keymap.js';
import type {ProgressListener} from '../../progress/progress-events.js';

/** A job the Sync screen can start. */
export type JobId = 'notion-incremental' | 'notion-full' | 'clean' | 'anki-push' | 'anki-pull';

/** What a job gets: the open database, the settings, a clock, a progress sink and a cancel signal. */
export interface JobContext {
  db: Database;
  config: Config;
  now: () => Date;
  onProgress: ProgressListener;
  signal: AbortSignal;
}

/** Runs one job to the end and returns a one-line summary; it records its own sync_log row. */
export type JobRunner = (context: JobContext) => Promise<string>;

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
