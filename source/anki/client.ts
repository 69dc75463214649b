import type {AnkiReview} from '../db/revlog-rows.js';
import {type AnkiCardInfo, parseCardsInfo} from './cards-info.js';
import {protocolError} from './errors.js';
import type {AnkiNewNote} from './note-fields.js';
import type {AnkiModelDefinition} from './note-types.js';
import {type AnkiNoteInfo, parseNotesInfo} from './notes-info.js';
import {parseReviews} from './reviews.js';
import {
  type AnkiItemResult,
  type AnkiTransport,
  type AnkiTransportOptions,
  createAnkiTransport,
} from './transport.js';

/** Settings for {@link createAnkiClient}. */
export interface AnkiClientOptions extends AnkiTransportOptions {
  /** Most ids or notes per request; default and maximum 500. */
  chunkSize?: number | undefined;
}

/** A field update for one existing note. */
export interface AnkiFieldUpdate {
  id: number;
  fields: Record<string, string>;
}

/** The AnkiConnect actions a sync needs, batched and chunked, over one serialised channel. */
export interface AnkiClient extends AnkiTransport {
  /** AnkiConnect's API version (6 for every current add-on). */
  version(): Promise<number>;
  deckNames(): Promise<string[]>;
  /** Creates the deck (and parents) if missing; returns its id. */
  createDeck(deck: string): Promise<number>;
  modelNames(): Promise<string[]>;
  modelFieldNames(modelName: string): Promise<string[]>;
  createModel(model: AnkiModelDefinition): Promise<void>;
  findNotes(query: string): Promise<number[]>;
  findCards(query: string): Promise<number[]>;
  notesInfo(noteIds: readonly number[]): Promise<AnkiNoteInfo[]>;
  cardsInfo(cardIds: readonly number[]): Promise<AnkiCardInfo[]>;
  /** Adds notes; each gets its new note id or its own error, in input order. */
  addNotes(notes: readonly AnkiNewNote[]): Promise<AnkiItemResult<number>[]>;
  canAddNotes(notes: readonly AnkiNewNote[]): Promise<boolean[]>;
  /** Updates fields of existing notes (review history survives); per-item results. */
  updateNoteFields(updates: readonly AnkiFieldUpdate[]): Promise<AnkiItemResult<null>[]>;
  changeDeck(cardIds: readonly number[], deck: string): Promise<void>;
  addTags(noteIds: readonly number[], tags: readonly string[]): Promise<void>;
  removeTags(noteIds: readonly number[], tags: readonly string[]): Promise<void>;
  suspend(cardIds: readonly number[]): Promise<void>;
  unsuspend(cardIds: readonly number[]): Promise<void>;
  deleteNotes(noteIds: readonly number[]): Promise<void>;
  /** Review log rows per card id, oldest first (cards without reviews map to []). */
  getReviewsOfCards(cardIds: readonly number[]): Promise<Map<number, AnkiReview[]>>;
}

/** The largest id list sent in one request. */
export const MAX_CHUNK = 500;

/** Splits a list into consecutive chunks of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** What the action groups share: the channel, the chunk size and the URL for errors. */
interface Channel {
  readonly invoke: AnkiTransport['invoke'];
  readonly multi: AnkiTransport['multi'];
  readonly size: number;
  readonly url: string;
}

/** Runs a result parser; a shape it rejects means the other end is not the AnkiConnect we know. */
function parsed<T>(channel: Channel, action: string, parse: () => T): T {
  try {
    return parse();
  } catch {
    throw protocolError(channel.url, `unexpected ${action} result`);
  }
}

/** Sends `items` in chunks, one request after another. */
async function eachChunk<T>(
  channel: Channel,
  items: readonly T[],
  send: (part: T[]) => Promise<unknown>,
): Promise<void> {
  for (const part of chunk(items, channel.size)) await send(part);
}

/** Sends `items` in chunks and joins the chunks' results in input order. */
async function collect<T, R>(
  channel: Channel,
  items: readonly T[],
  send: (part: T[]) => Promise<R[]>,
): Promise<R[]> {
  const out: R[] = [];
  for (const part of chunk(items, channel.size)) out.push(...(await send(part)));
  return out;
}

type CollectionActions = Pick<
  AnkiClient,
  | 'version'
  | 'deckNames'
  | 'createDeck'
  | 'modelNames'
  | 'modelFieldNames'
  | 'createModel'
  | 'findNotes'
  | 'findCards'
>;

/** Single requests about the collection: version, decks, note types, searches. */
function collectionActions({invoke}: Channel): CollectionActions {
  return {
    version: () => invoke<number>('version'),
    deckNames: () => invoke<string[]>('deckNames'),
    createDeck: (deck) => invoke<number>('createDeck', {deck}),
    modelNames: () => invoke<string[]>('modelNames'),
    modelFieldNames: (modelName) => invoke<string[]>('modelFieldNames', {modelName}),
    async createModel(model) {
      await invoke('createModel', {
        modelName: model.modelName,
        inOrderFields: model.inOrderFields,
        css: model.css,
        isCloze: model.isCloze,
        cardTemplates: model.cardTemplates,
      });
    },
    findNotes: (query) => invoke<number[]>('findNotes', {query}),
    findCards: (query) => invoke<number[]>('findCards', {query}),
  };
}

/** Chunked reads of notes, cards and review logs, each reply checked by its parser. */
function readActions(
  channel: Channel,
): Pick<AnkiClient, 'notesInfo' | 'cardsInfo' | 'getReviewsOfCards'> {
  const {invoke} = channel;
  return {
    notesInfo: (noteIds) =>
      collect(channel, noteIds, async (notes) => {
        const result = await invoke('notesInfo', {notes});
        return parsed(channel, 'notesInfo', () => parseNotesInfo(result));
      }),
    cardsInfo: (cardIds) =>
      collect(channel, cardIds, async (cards) => {
        const result = await invoke('cardsInfo', {cards});
        return parsed(channel, 'cardsInfo', () => parseCardsInfo(result));
      }),
    async getReviewsOfCards(cardIds) {
      const out = new Map<number, AnkiReview[]>();
      for (const cards of chunk(cardIds, channel.size)) {
        const result = await invoke('getReviewsOfCards', {cards});
        for (const [id, rows] of parsed(channel, 'getReviewsOfCards', () => parseReviews(result))) {
          out.set(id, rows);
        }
      }
      return out;
    },
  };
}

type WriteActions = Pick<
  AnkiClient,
  | 'addNotes'
  | 'canAddNotes'
  | 'updateNoteFields'
  | 'changeDeck'
  | 'addTags'
  | 'removeTags'
  | 'suspend'
  | 'unsuspend'
  | 'deleteNotes'
>;

/** Chunked writes: notes added and updated one sub-action each, decks, tags, suspension. */
function writeActions(channel: Channel): WriteActions {
  const {invoke, multi} = channel;
  const each = <T>(items: readonly T[], send: (part: T[]) => Promise<unknown>) =>
    eachChunk(channel, items, send);
  return {
    // One `addNote` per sub-action of `multi`: the `addNotes` action either hides why a note
    // failed (old add-on: null) or fails the whole batch (new add-on), losing the good ids.
    addNotes: (notes) =>
      collect(channel, notes, (part) =>
        multi<number>(part.map((note) => ({action: 'addNote', params: {note}}))),
      ),
    canAddNotes: (notes) =>
      collect(channel, notes, (part) => invoke<boolean[]>('canAddNotes', {notes: part})),
    updateNoteFields: (updates) =>
      collect(channel, updates, (part) =>
        multi<null>(part.map((note) => ({action: 'updateNoteFields', params: {note}}))),
      ),
    changeDeck: (cardIds, deck) => each(cardIds, (cards) => invoke('changeDeck', {cards, deck})),
    addTags: (noteIds, tags) =>
      each(noteIds, (notes) => invoke('addTags', {notes, tags: tags.join(' ')})),
    removeTags: (noteIds, tags) =>
      each(noteIds, (notes) => invoke('removeTags', {notes, tags: tags.join(' ')})),
    suspend: (cardIds) => each(cardIds, (cards) => invoke('suspend', {cards})),
    unsuspend: (cardIds) => each(cardIds, (cards) => invoke('unsuspend', {cards})),
    deleteNotes: (noteIds) => each(noteIds, (notes) => invoke('deleteNotes', {notes})),
  };
}

/** Creates an AnkiConnect v6 client. Nothing is sent until a method is called. */
export function createAnkiClient(options: AnkiClientOptions): AnkiClient {
  const transport = createAnkiTransport(options);
  const channel: Channel = {
    invoke: transport.invoke,
    multi: transport.multi,
    size: Math.max(1, Math.min(MAX_CHUNK, options.chunkSize ?? MAX_CHUNK)),
    url: options.url,
  };
  return {
    ...transport,
    ...collectionActions(channel),
    ...readActions(channel),
    ...writeActions(channel),
  };
}
