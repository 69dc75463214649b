import {countNoun} from '../../text/count-noun.js';
import type {JobContext, JobRunners} from './sync-jobs.js';

// Services are imported when a job starts, so opening the app stays fast.

/** The job runners wired to the real services that exist in this build. */
export const defaultJobRunners: JobRunners = {
  'notion-incremental': (context) => notionJob(context, false),
  'notion-full': (context) => notionJob(context, true),
  clean: async ({db, now, onProgress}) => {
    const {runCleaning} = await import('../../cleaning/pipeline/index.js');
    const report = await runCleaning(db, {now: now(), onProgress});
    return `Graded ${countNoun(report.atoms, 'atom')}: ${report.changes.regraded} regraded, ${report.changes.normalized} normalised, ${countNoun(report.duplicates.proposals, 'merge proposal')}, ${countNoun(report.pendingReviews, 'review')} pending.`;
  },
  'anki-push': async ({db, config, now, onProgress}) => {
    const {createAnkiClient} = await import('../../anki/client.js');
    const {pushToAnki} = await import('../../anki/sync/push-service.js');
    const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
    const result = await pushToAnki(db, client, {
      now: now(),
      onProgress,
      settings: config.anki,
      url: config.anki.url,
    });
    return `Anki push: ${result.added} added, ${result.updated} updated, ${result.suspended} suspended, ${result.failures.length} failed.`;
  },
  'anki-pull': async ({db, config, now, onProgress}) => {
    const {createAnkiClient} = await import('../../anki/client.js');
    const {pullFromAnki} = await import('../../anki/sync/pull-service.js');
    const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
    const result = await pullFromAnki(db, client, {
      now: now(),
      onProgress,
      url: config.anki.url,
      day: config.anki.day,
    });
    const check = result.difficultyCheck;
    const agreement =
      check.compared === 0
        ? ''
        : ` Difficulty vs Anki: mean ${check.meanDifference.toFixed(3)} over ${check.compared} cards, ${check.mismatches.length} off by > 0.05.`;
    return `Anki pull: ${result.cards} cards read, ${result.updated} atoms updated, ${result.unmatched} unmatched, ${result.linksCleared} stale links cleared.${agreement}`;
  },
};

async function notionJob(context: JobContext, full: boolean): Promise<string> {
  const {runNotionSync} = await import('../../notion-sync/run-notion-sync.js');
  const {db, config, now, onProgress, signal} = context;
  const summary = await runNotionSync(db, {config, full, now, onProgress, signal});
  const {totals} = summary;
  return `Notion ${full ? 'full' : 'incremental'} sync: ${totals.added} added, ${totals.updated} updated, ${totals.removed} removed, ${totals.unchanged} unchanged, ${summary.warningCount} warnings.`;
}
