import type {Config} from '../config/load-config.js';
import type {Database} from '../db/connection.js';
import type {ProgressListener} from '../progress/progress-events.js';

/** What a job runs with: the open database, the settings, a clock, a progress sink, a cancel signal. */
export interface JobContext {
  db: Database;
  config: Config;
  now: () => Date;
  onProgress: ProgressListener;
  signal?: AbortSignal;
}

/**
 * The lines a person reads about a run: `lines` go to stdout (the first is the one-line headline
 * the Sync screen shows), `warnings` to stderr.
 */
export interface JobText {
  lines: string[];
  warnings: string[];
}

/** What a job returns: its typed summary (what `--json` prints), its phrasing, and its exit code. */
export interface JobOutcome<Summary> extends JobText {
  summary: Summary;
  /** 1 when the run ended but left work undone (failed notes, stopped rewrites). */
  exitCode: 0 | 1;
}
