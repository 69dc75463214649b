import {type Config, loadConfig, secretValues} from '../config/load-config.js';
import type {Database} from '../db/connection.js';
import {withDatabase} from '../db/with-database.js';
import type {JobContext, JobOutcome, JobText} from '../jobs/job-outcome.js';
import {ignoreProgress} from '../progress/progress-events.js';
import {createProcessOutput, type Output, registerSecrets} from '../terminal/output.js';
import {createProgressPrinter} from '../terminal/progress-printer.js';
import {onShutdown} from '../terminal/shutdown.js';

/** The settings of this run, with every secret in them registered so no output can print it. */
export function loadCommandConfig(): Config {
  const config = loadConfig();
  registerSecrets(secretValues(config));
  return config;
}

/**
 * Opens the configured database for a command, runs `work` and closes it (see withDatabase), also
 * on Ctrl-C. Start-up notices go to stderr, like output.warn, so `--json` output stays one document.
 */
export function withCommandDatabase<T>(
  config: Config,
  work: (db: Database) => Promise<T>,
  options: {migrate?: boolean} = {},
): Promise<T> {
  return withDatabase(config, work, {
    ...options,
    onNotice: (notice) => createProcessOutput().warn(notice),
    closeOnShutdown: onShutdown,
  });
}

/** Prints a job's phrasing: its lines on stdout, then its warnings on stderr. */
export function printJobText(output: Output, text: JobText): void {
  for (const line of text.lines) output.line(line);
  for (const warning of text.warnings) output.warn(warning);
}

/**
 * Runs a job with the database open and progress on stderr (none with `--json`), and hands back
 * its outcome unprinted.
 */
export async function runJob<Outcome>(
  config: Config,
  options: {json?: boolean},
  job: (context: JobContext) => Promise<Outcome>,
): Promise<Outcome> {
  const printer = options.json ? null : createProgressPrinter();
  return withCommandDatabase(config, (db) =>
    job({db, config, now: () => new Date(), onProgress: printer ?? ignoreProgress}),
  ).finally(() => printer?.finish());
}

/**
 * What a job command does after parsing its options: loads the settings, runs the job, prints its
 * summary as one JSON document (`--json`) or its phrasing, and returns its exit code.
 */
export async function runJobCommand<Summary>(
  output: Output,
  options: {json?: boolean},
  job: (context: JobContext) => Promise<JobOutcome<Summary>>,
  config: Config = loadCommandConfig(),
): Promise<number> {
  const outcome = await runJob(config, options, job);
  if (options.json) output.json(outcome.summary);
  else printJobText(output, outcome);
  return outcome.exitCode;
}
