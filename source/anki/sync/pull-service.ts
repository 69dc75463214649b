import {clearAnkiLinks, findAnkiLinkedAtoms, writeAnkiCardStats} from '../../db/anki-rows.js';
import type {Database} from '../../db/connection.js';
import {withSyncLock} from '../../db/sync-lock.js';
import {completeSyncRun, failSyncRun, startSyncRun} from '../../db/sync-log.js';
import {recomputeMastery} from '../../mastery/recompute-mastery.js';
import type {ProgressListener} from '../../progress/progress-events.js';
import {type AnkiDayRule, DEFAULT_ANKI_DAY, dayNumberToIso} from '../anki-day.js';
import {collectionCreationDay} from '../anki-due.js';
import type {AnkiClient} from '../client.js';
import {readCardsInfo} from './batched-reads.js';
import {type CardReading, matchCards, readCard, staleLinks} from './card-stats.js';
import {checkDifficulty, type DifficultyCheck} from './difficulty-check.js';
import {NLS_NOTES_QUERY} from './push-service.js';
import {type DeckPresets, readDeckPresets} from './read-presets.js';
import {type RevlogSyncResult, syncRevlog} from './revlog-sync.js';

/** Options for {@link pullFromAnki}. */
export interface PullOptions {
  now: Date;
  onProgress: ProgressListener;
  /** AnkiConnect's URL, for messages. */
  url: string;
  /** How Anki counts days (ANKI_TIMEZONE, ANKI_DAY_STARTS_AT); default: local zone, 04:00. */
  day?: AnkiDayRule | undefined;
}

/** What a pull read and stored. */
export interface PullResult {
  cards: number;
  updated: number;
  reviewed: number;
  unmatched: number;
  /** Atoms whose Anki note or card no longer exists; their links were cleared. */
  linksCleared: number;
  conceptsRecomputed: number;
  /** Due dates taken from Anki's `due`, and those that fell back to the replay. */
  dueFromAnki: number;
  dueFromReplay: number;
  /** The collection's creation day as worked out from review cards (yyyy-mm-dd), if known. */
  collectionCreated: string | null;
  /** Presets read; the names of those replayed with FSRS's default parameters. */
  presets: number;
  presetsWithDefaults: string[];
  difficultyCheck: DifficultyCheck;
  /** Review-log entries read from Anki and how many were new to the stored log. */
  revlogFetched: number;
  revlogAdded: number;
  requests: number;
}

/** What a pull read from Anki, matched to atoms and replayed. */
interface PullReading {
  cardsRead: number;
  unmatched: number;
  stale: string[];
  readings: Array<CardReading & {cardKey: string | null}>;
  presets: DeckPresets;
  creationDay: number | null;
  revlog: RevlogSyncResult;
}

/** Reads cards, review logs and presets, matches the cards to atoms and replays each one. */
async function readCollection(
  db: Database,
  client: AnkiClient,
  options: PullOptions,
  day: AnkiDayRule,
): Promise<PullReading> {
  const {now, onProgress, url} = options;
  onProgress({type: 'phase', phase: 'Finding cards in Anki'});
  const cardIds = await client.findCards(NLS_NOTES_QUERY);
  const phase = 'Reading cards';
  onProgress({type: 'phase', phase, total: cardIds.length});
  const onAdvance = (done: number) =>
    onProgress({type: 'advance', phase, done, total: cardIds.length});
  const cards = await readCardsInfo(client, cardIds, {url, onAdvance});
  const atoms = await findAnkiLinkedAtoms(db.sql);
  const {matched, unmatched} = matchCards(atoms, cards);
  const chosen = [...matched.values()];
  onProgress({type: 'phase', phase: 'Reading review history', total: chosen.length});
  const revlog = await syncRevlog(db, client, chosen, {url, now});
  const {reviews} = revlog;
  const presets = await readDeckPresets(
    client,
    chosen.map((card) => card.deckName),
  );
  const history = (cardId: number) => reviews.get(cardId) ?? [];
  const creationDay = collectionCreationDay(
    chosen
      .filter((card) => !presets.presetOf(card.deckName).filtered)
      .map((card) => ({card, reviews: history(card.cardId)})),
    day,
  );
  const ctx = {now, day, creationDay, presetOf: presets.presetOf};
  const readings = [...matched].map(([atomId, card]) => ({
    ...readCard(atomId, card, history(card.cardId), ctx),
    cardKey: card.cardKey,
  }));
  return {
    cardsRead: cards.length,
    unmatched,
    stale: staleLinks(atoms, matched),
    readings,
    presets,
    creationDay,
    revlog,
  };
}

/**
 * Reads the cards of nls's note types with their review logs and deck presets, stores ease,
 * interval, reps, lapses, queue, Anki's due date and the replayed FSRS state on the atoms, clears
 * links to notes that are gone, then recomputes concept mastery.
 */
export async function pullFromAnki(
  db: Database,
  client: AnkiClient,
  options: PullOptions,
): Promise<PullResult> {
  const {sql} = db;
  const {now} = options;
  return withSyncLock(db, async () => {
    const runId = await startSyncRun(sql, 'anki_pull');
    try {
      const read = await readCollection(db, client, options, options.day ?? DEFAULT_ANKI_DAY);
      const {readings, presets, creationDay} = read;
      options.onProgress({type: 'phase', phase: 'Saving'});
      const stats = readings.map((r) => r.stats);
      const updated = await writeAnkiCardStats(sql, stats, now);
      const linksCleared = await clearAnkiLinks(sql, read.stale, now);
      const conceptsRecomputed = await recomputeMastery(sql, now);
      const result: PullResult = {
        cards: read.cardsRead,
        updated,
        reviewed: stats.filter((s) => s.lastReviewAt !== null).length,
        unmatched: read.unmatched,
        linksCleared,
        conceptsRecomputed,
        dueFromAnki: readings.filter((r) => r.dueSource === 'anki').length,
        dueFromReplay: readings.filter((r) => r.dueSource === 'replay').length,
        collectionCreated: creationDay === null ? null : dayNumberToIso(creationDay),
        presets: presets.presets.length,
        presetsWithDefaults: presets.withDefaults,
        difficultyCheck: checkDifficulty(
          readings.map((r) => ({cardKey: r.cardKey, cardId: r.stats.cardId, replay: r.replay})),
        ),
        revlogFetched: read.revlog.fetched,
        revlogAdded: read.revlog.added,
        requests: client.stats().total,
      };
      const mismatches = result.difficultyCheck.mismatches.slice(0, 50);
      const details = {...result, difficultyCheck: {...result.difficultyCheck, mismatches}};
      await completeSyncRun(sql, runId, {processed: read.cardsRead, updated}, details);
      return result;
    } catch (error) {
      await failSyncRun(sql, runId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  });
}
