import {createAnkiClient} from '../anki/client.js';
import {type PushResult, pushToAnki} from '../anki/sync/push-service.js';
import type {JobContext, JobOutcome, JobText} from './job-outcome.js';

/** Options of an Anki push. */
export interface AnkiPushJobOptions {
  dryRun?: boolean;
  /** Delete the notes of removed atoms instead of suspending them (after `confirmDelete`). */
  deleteStale?: boolean;
  /** Asked once with the number of notes before anything is deleted; false → suspend instead. */
  confirmDelete?: (count: number) => Promise<boolean>;
}

/** Adds and updates Anki notes, suspends (or deletes) removed ones (AnkiConnect from `config.anki`). */
export async function ankiPushJob(
  context: JobContext,
  options: AnkiPushJobOptions = {},
): Promise<JobOutcome<PushResult>> {
  const {db, config, now, onProgress} = context;
  const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
  const summary = await pushToAnki(db, client, {
    now: now(),
    onProgress,
    settings: config.anki,
    url: config.anki.url,
    dryRun: options.dryRun === true,
    deleteStale: options.deleteStale === true,
    ...(options.confirmDelete ? {confirmDelete: options.confirmDelete} : {}),
  });
  return {summary, exitCode: summary.failures.length > 0 ? 1 : 0, ...ankiPushText(summary)};
}

/** How a push reads: the counts (or a dry run's plan), re-added notes, and failures as warnings. */
export function ankiPushText(result: PushResult): JobText {
  const p = result.plan;
  if (result.dryRun) {
    const counts = `add ${p.add}, update ${p.update}, unchanged ${p.unchanged}, suspend ${p.suspend}, delete ${p.delete}, skipped ${p.skipped}`;
    return {lines: [`Dry run, nothing changed. Plan: ${counts}.`], warnings: []};
  }
  const lines = [
    `Anki push: ${result.added} added, ${result.updated} updated, ${p.unchanged} unchanged, ${result.suspended} suspended, ${result.deleted} deleted, ${p.skipped} skipped (${result.requests} requests).`,
  ];
  if (result.missingInAnki > 0) {
    lines.push(
      `${result.missingInAnki} atom(s) were linked to notes no longer in Anki; their notes were added again.`,
    );
  }
  const warnings = result.failures
    .slice(0, 20)
    .map((failure) => `${failure.cardKey}: ${failure.action} failed: ${failure.message}`);
  if (result.failures.length > 0) {
    warnings.push(
      `${result.failures.length} note(s) failed; the others were saved. Fix them and push again.`,
    );
  }
  return {lines, warnings};
}
