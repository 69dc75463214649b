import type {Database} from '../../db/connection.js';
import {
  type AnkiReview,
  cardsWithHistory,
  findRevlogOfCards,
  latestRevlogId,
  type RevlogEntry,
  storeRevlog,
} from '../../db/revlog-rows.js';
import {chunk} from '../client.js';
import {protocolError} from '../errors.js';
import {parseDeckReviews} from '../reviews.js';
import type {AnkiTransport} from '../transport.js';
import {readReviews} from './batched-reads.js';

/**
 * How far before the newest stored entry a pull asks again. A revlog id is the time of the
 * answer, so answers made on a phone and synced through AnkiWeb later arrive with ids older than
 * entries already stored; asking two weeks back (entries already stored are skipped) keeps them.
 */
export const REVLOG_OVERLAP_MS = 14 * 86_400_000;

/** Decks asked about in one `multi` request. */
const DECKS_PER_REQUEST = 50;

/** A card a pull found, with the deck it is in now. */
export interface RevlogCard {
  cardId: number;
  deckName: string;
}

/** What a revlog sync read and stored, and every card's stored history. */
export interface RevlogSyncResult {
  /** Every card's stored history, oldest first (cards without reviews map to []). */
  reviews: Map<number, AnkiReview[]>;
  /** Entries read from Anki, and how many of them were new. */
  fetched: number;
  added: number;
  /** Cards whose whole history was read (first seen), and the `startID` used for the rest. */
  fullHistories: number;
  startId: number | null;
}

async function readNewEntries(
  transport: AnkiTransport,
  decks: readonly string[],
  startId: number,
  url: string,
): Promise<RevlogEntry[]> {
  const out: RevlogEntry[] = [];
  for (const part of chunk(decks, DECKS_PER_REQUEST)) {
    const params = part.map((deck) => ({action: 'cardReviews', params: {deck, startID: startId}}));
    for (const item of await transport.multi(params)) {
      if (!item.ok) throw item.error;
      try {
        out.push(...parseDeckReviews(item.value));
      } catch {
        throw protocolError(url, 'unexpected cardReviews result');
      }
    }
  }
  return out;
}

function withEmpty(read: Map<number, AnkiReview[]>, ids: readonly number[]) {
  return new Map(ids.map((id) => [id, read.get(id) ?? []]));
}

/**
 * Brings the stored review log up to date for these cards: the whole history of a card seen for
 * the first time (`getReviewsOfCards`), then for the others only what is newer than the last
 * stored entry, deck by deck (`cardReviews(deck, startID)` — it sees only cards directly in the
 * deck, so every deck the cards are in is asked). Returns every card's stored history.
 */
export async function syncRevlog(
  db: Database,
  transport: AnkiTransport,
  cards: readonly RevlogCard[],
  options: {url: string; now: Date},
): Promise<RevlogSyncResult> {
  const {sql} = db;
  const ids = cards.map((card) => card.cardId);
  const known = await cardsWithHistory(sql, ids);
  const unseen = ids.filter((id) => !known.has(id));
  const entries: RevlogEntry[] = [];
  const full = await readReviews(transport, unseen, {url: options.url});
  for (const [cardId, rows] of full) entries.push(...rows.map((row) => ({...row, cardId})));
  let startId: number | null = null;
  if (known.size > 0) {
    startId = Math.max(0, (await latestRevlogId(sql)) - REVLOG_OVERLAP_MS);
    const decks = [...new Set(cards.filter((c) => known.has(c.cardId)).map((c) => c.deckName))];
    const wanted = new Set(ids);
    const fresh = await readNewEntries(transport, decks.sort(), startId, options.url);
    entries.push(...fresh.filter((entry) => wanted.has(entry.cardId)));
  }
  const added = await storeRevlog(sql, entries, unseen, options.now);
  // Every card seen for the first time: what was just read is the whole stored history.
  const reviews = known.size === 0 ? withEmpty(full, ids) : await findRevlogOfCards(sql, ids);
  return {
    reviews,
    fetched: entries.length,
    added,
    fullHistories: unseen.length,
    startId,
  };
}
