import {createAnkiClient} from '../anki/client.js';
import {type PullResult, pullFromAnki} from '../anki/sync/pull-service.js';
import {pullSummary} from '../anki/sync/pull-summary.js';
import type {JobContext, JobOutcome} from './job-outcome.js';

/** Stores each card's Anki scheduling and FSRS state on its atom (AnkiConnect from `config.anki`). */
export async function ankiPullJob(context: JobContext): Promise<JobOutcome<PullResult>> {
  const {db, config, now, onProgress} = context;
  const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
  const summary = await pullFromAnki(db, client, {
    now: now(),
    onProgress,
    url: config.anki.url,
    day: config.anki.day,
  });
  return {summary, exitCode: 0, ...pullSummary(summary)};
}
