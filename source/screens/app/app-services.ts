import type {Config} from '../../config/load-config.js';
import type {Database} from '../../db/connection.js';

/**
 * What every screen gets from the app shell. `db` is null while the database starts (the first
 * frame never waits for it); screens show a loading state until it is set.
 */
export interface AppServices {
  config: Config;
  db: Database | null;
  /** The clock (tests pass a fixed one). */
  now: () => Date;
  /** Randomness for shuffles (tests pass a seeded one). */
  random: () => number;
  /** Goes up when a run (any process's) starts or ends; database loads rerun on it. */
  dataVersion?: number;
}
