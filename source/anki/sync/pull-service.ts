import {findAnkiLinkedAtoms, writeAnkiCardStats} from '../../db/anki-rows.js';
import type {Database} from '../../db/connection.js';
import {withSyncLock} from '../../db/sync-lock.js';
import {completeSyncRun, failSyncRun, startSyncRun} from '../../db/sync-log.js';
import {recomputeMastery} from '../../mastery/recompute-mastery.js';
import type {ProgressListener} from '../../progress/progress-events.js';
import type {AnkiClient} from '../client.js';
import {readCardsInfo, readReviews} from './batched-reads.js';
import {cardStats, matchCards} from './card-stats.js';
import {NLS_NOTES_QUERY} from './push-service.js';

/** Options for {@link pullFromAnki}. */
export interface PullOptions {
  now: Date;
  onProgress: ProgressListener;
  /** AnkiConnect's URL, for messages. */
  url: string;
}

/** What a pull read and stored. */
export interface PullResult {
  cards: number;
  updated: number;
  reviewed: number;
  unmatched: number;
  conceptsRecomputed: number;
  requests: number;
}

/**
 * Reads the cards of nls's note types with their review logs, stores ease, interval, reps,
 * lapses, queue and the replayed FSRS state on the atoms, then recomputes concept mastery.
 */
export async function pullFromAnki(
  db: Database,
  client: AnkiClient,
  options: PullOptions,
): Promise<PullResult> {
  const {sql} = db;
  const {now, onProgress, url} = options;
  return withSyncLock(db, async () => {
    const runId = await startSyncRun(sql, 'anki_pull');
    try {
      onProgress({type: 'phase', phase: 'Finding cards in Anki'});
      const cardIds = await client.findCards(NLS_NOTES_QUERY);
      const phase = 'Reading cards';
      onProgress({type: 'phase', phase, total: cardIds.length});
      const onAdvance = (done: number) =>
        onProgress({type: 'advance', phase, done, total: cardIds.length});
      const cards = await readCardsInfo(client, cardIds, {url, onAdvance});
      const atoms = await findAnkiLinkedAtoms(sql);
      const {matched, unmatched} = matchCards(atoms, cards);
      const chosen = [...matched.values()].map((card) => card.cardId);
      onProgress({type: 'phase', phase: 'Reading review history', total: chosen.length});
      const reviews = await readReviews(client, chosen, {url});
      const stats = [...matched].map(([atomId, card]) =>
        cardStats(atomId, card, reviews.get(card.cardId) ?? [], now),
      );
      onProgress({type: 'phase', phase: 'Saving'});
      const updated = await writeAnkiCardStats(sql, stats, now);
      const conceptsRecomputed = await recomputeMastery(sql, now);
      const result: PullResult = {
        cards: cards.length,
        updated,
        reviewed: stats.filter((s) => s.lastReviewAt !== null).length,
        unmatched,
        conceptsRecomputed,
        requests: client.stats().total,
      };
      await completeSyncRun(sql, runId, {processed: cards.length, updated}, {...result});
      return result;
    } catch (error) {
      await failSyncRun(sql, runId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  });
}
