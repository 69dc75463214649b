import {JOBS} from './sync-jobs.js';

/** Lines of a started job: its status, progress and the last two messages. */
export const JOB_PANEL_LINES = 4;
/** Lines of the menu shown before any job: a heading and one line per job. */
export const JOB_MENU_LINES = JOBS.length + 1;

/** How the Sync screen splits its height: the job area, the run list and the run details. */
export interface SyncLayout {
  jobLines: number;
  listHeight: number;
  detailHeight: number;
}

/** The Sync screen's rows for a body `height`, with a job started or not. */
export function syncLayout(height: number, hasJob: boolean): SyncLayout {
  const jobLines = hasJob ? JOB_PANEL_LINES : JOB_MENU_LINES;
  // One line each for the list header and the "Details" title.
  const listHeight = Math.max(2, Math.floor((height - jobLines - 1) / 2));
  const detailHeight = Math.max(1, height - jobLines - 1 - listHeight - 1);
  return {jobLines, listHeight, detailHeight};
}
