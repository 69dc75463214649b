import type {AnkiReview} from '../../db/revlog-rows.js';
import {type AnkiCardInfo, parseCardsInfo} from '../cards-info.js';
import {chunk, MAX_CHUNK} from '../client.js';
import {protocolError} from '../errors.js';
import {type AnkiNoteInfo, parseNotesInfo} from '../notes-info.js';
import {parseReviews} from '../reviews.js';
import type {AnkiAction, AnkiTransport} from '../transport.js';

/** How many 500-id read actions travel in one `multi` request (a few MB of reply at most). */
export const READS_PER_REQUEST = 10;

/** Options for the batched readers. */
export interface BatchedReadOptions {
  url: string;
  /** Called after each request with the ids read so far. */
  onAdvance?: (done: number) => void;
}

/**
 * Reads many ids with as few HTTP requests as possible: the ids are cut into the client's 500-id
 * chunks and up to {@link READS_PER_REQUEST} chunks are sent as the sub-actions of one `multi`.
 * A failing sub-action fails the read (its error names the action).
 */
async function readInBatches<T>(
  transport: AnkiTransport,
  action: string,
  key: string,
  ids: readonly number[],
  parse: (result: unknown) => T[],
  options: BatchedReadOptions,
): Promise<T[]> {
  const out: T[] = [];
  let done = 0;
  for (const group of chunk(chunk(ids, MAX_CHUNK), READS_PER_REQUEST)) {
    const actions: AnkiAction[] = group.map((part) => ({action, params: {[key]: part}}));
    const results = await transport.multi(actions);
    for (const item of results) {
      if (!item.ok) throw item.error;
      try {
        out.push(...parse(item.value));
      } catch {
        throw protocolError(options.url, `unexpected ${action} result`);
      }
    }
    done += group.reduce((sum, part) => sum + part.length, 0);
    options.onAdvance?.(done);
  }
  return out;
}

/** `notesInfo` for many notes (unknown ids are left out). */
export function readNotesInfo(
  transport: AnkiTransport,
  noteIds: readonly number[],
  options: BatchedReadOptions,
): Promise<AnkiNoteInfo[]> {
  return readInBatches(transport, 'notesInfo', 'notes', noteIds, parseNotesInfo, options);
}

/** `cardsInfo` for many cards (unknown ids are left out). */
export function readCardsInfo(
  transport: AnkiTransport,
  cardIds: readonly number[],
  options: BatchedReadOptions,
): Promise<AnkiCardInfo[]> {
  return readInBatches(transport, 'cardsInfo', 'cards', cardIds, parseCardsInfo, options);
}

/** `getReviewsOfCards` for many cards, as one map (cards without reviews map to []). */
export async function readReviews(
  transport: AnkiTransport,
  cardIds: readonly number[],
  options: BatchedReadOptions,
): Promise<Map<number, AnkiReview[]>> {
  const pairs = await readInBatches(
    transport,
    'getReviewsOfCards',
    'cards',
    cardIds,
    (result) => [...parseReviews(result)],
    options,
  );
  return new Map(pairs);
}
