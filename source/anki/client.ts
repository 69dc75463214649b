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

/** Creates an AnkiConnect v6 client. Nothing is sent until a method is called. */
export function createAnkiClient(options: AnkiClientOptions): AnkiClient {
  const transport = createAnkiTransport(options);
  const size = Math.max(1, Math.min(MAX_CHUNK, options.chunkSize ?? MAX_CHUNK));
  const {invoke, multi} = transport;

  function parsed<T>(action: string, parse: () => T): T {
    try {
      return parse();
    } catch {
      throw protocolError(options.url, `unexpected ${action} result`);
    }
  }

  async function eachChunk<T>(items: readonly T[], send: (part: T[]) => Promise<unknown>) {
    for (const part of chunk(items, size)) await send(part);
  }

  async function collect<T, R>(items: readonly T[], send: (part: T[]) => Promise<R[]>) {
    const out: R[] = [];
    for (const part of chunk(items, size)) out.push(...(await send(part)));
    return out;
  }

  return {
    ...transport,
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
    notesInfo: (noteIds) =>
      collect(noteIds, async (notes) => {
        const result = await invoke('notesInfo', {notes});
        return parsed('notesInfo', () => parseNotesInfo(result));
      }),
    cardsInfo: (cardIds) =>
      collect(cardIds, async (cards) => {
        const result = await invoke('cardsInfo', {cards});
        return parsed('cardsInfo', () => parseCardsInfo(result));
      }),
    // One `addNote` per sub-action of `multi`: the `addNotes` action either hides why a note
    // failed (old add-on: null) or fails the whole batch (new add-on), losing the good ids.
    addNotes: (notes) =>
      collect(notes, (part) =>
        multi<number>(part.map((note) => ({action: 'addNote', params: {note}}))),
      ),
    canAddNotes: (notes) =>
      collect(notes, (part) => invoke<boolean[]>('canAddNotes', {notes: part})),
    updateNoteFields: (updates) =>
      collect(updates, (part) =>
        multi<null>(part.map((note) => ({action: 'updateNoteFields', params: {note}}))),
      ),
    changeDeck: (cardIds, deck) =>
      eachChunk(cardIds, (cards) => invoke('changeDeck', {cards, deck})),
    addTags: (noteIds, tags) =>
      eachChunk(noteIds, (notes) => invoke('addTags', {notes, tags: tags.join(' ')})),
    removeTags: (noteIds, tags) =>
      eachChunk(noteIds, (notes) => invoke('removeTags', {notes, tags: tags.join(' ')})),
    suspend: (cardIds) => eachChunk(cardIds, (cards) => invoke('suspend', {cards})),
    unsuspend: (cardIds) => eachChunk(cardIds, (cards) => invoke('unsuspend', {cards})),
    deleteNotes: (noteIds) => eachChunk(noteIds, (notes) => invoke('deleteNotes', {notes})),
    async getReviewsOfCards(cardIds) {
      const out = new Map<number, AnkiReview[]>();
      for (const cards of chunk(cardIds, size)) {
        const result = await invoke('getReviewsOfCards', {cards});
        for (const [id, rows] of parsed('getReviewsOfCards', () => parseReviews(result))) {
          out.set(id, rows);
        }
      }
      return out;
    },
  };
}
