import {type Action, AnkiFakeError, collectionActions} from './anki-actions.js';
import type {FakeMemory} from './anki-fsrs.js';
import {defaultPreset, type FakePreset} from './anki-presets.js';
import type {RevlogRow, SchedulingState} from './anki-scheduler.js';
import type {SearchTarget} from './anki-search.js';
import {type FakeAnswer, simulateAnswers} from './anki-study.js';
import type {FakeTiming} from './anki-timing.js';

/** A note type in the fake collection. */
export interface FakeModel {
  id: number;
  name: string;
  fields: string[];
  isCloze: boolean;
  css: string;
  templates: Array<{Name: string; Front: string; Back: string}>;
}

/** A note in the fake collection. */
export interface FakeNote {
  id: number;
  modelName: string;
  fields: Record<string, string>;
  tags: string[];
  mod: number;
  cardIds: number[];
}

/** A card in the fake collection (scheduling columns as Anki stores them). */
export interface FakeCard extends SchedulingState {
  id: number;
  noteId: number;
  deckName: string;
  ord: number;
  mod: number;
}

/** Parameters of one action. */
export type Params = Record<string, unknown>;
const DEFAULT_DECK = 'Default';

/** The state of a fake Anki collection and the AnkiConnect actions over it. */
export class FakeCollection {
  readonly decks = new Map<string, number>([[DEFAULT_DECK, 1]]);
  readonly models = new Map<string, FakeModel>();
  readonly notes = new Map<number, FakeNote>();
  readonly cards = new Map<number, FakeCard>();
  readonly revlog = new Map<number, RevlogRow[]>();
  /** First-field values whose addNote fails with the given message (fault injection). */
  readonly failingNotes = new Map<string, string>();
  /** The collection's creation time (`crt`), epoch ms. */
  readonly createdAt: number;
  /** The time zone and rollover hour of the machine Anki runs on. */
  timing: FakeTiming;
  /** Anki's collection-wide FSRS switch. */
  fsrs = false;
  /** Presets by id; deck name → preset id (decks not listed use preset 1, "Default"). */
  readonly presets = new Map<number, FakePreset>([[1, defaultPreset(1, 'Default')]]);
  readonly deckPreset = new Map<string, number>();
  /** Names of filtered decks (their getDeckConfig is the deck itself). */
  readonly filteredDecks = new Set<string>();
  /** FSRS memory state per card id (Anki's `cards.data`), kept while FSRS is on. */
  readonly memory = new Map<number, FakeMemory>();
  private nextId = 1_700_000_000_000;
  private readonly actions: Record<string, Action> = collectionActions(this);
  private readonly now: () => number;

  constructor(now: () => number, timing: FakeTiming = {timeZone: 'UTC', rolloverHour: 4}) {
    this.now = now;
    this.timing = timing;
    this.createdAt = now() - 100 * 86_400_000;
  }

  /** The preset a deck uses. */
  presetOf(deckName: string): FakePreset {
    return this.presets.get(this.deckPreset.get(deckName) ?? 1) ?? defaultPreset(1, 'Default');
  }

  id(): number {
    this.nextId += 1;
    return this.nextId;
  }

  seconds(): number {
    return Math.floor(this.now() / 1000);
  }

  /** Runs one action; throws AnkiFakeError with AnkiConnect's message, or returns the result. */
  run(action: string, params: Params): unknown {
    const handler = this.actions[action];
    if (handler === undefined) throw new AnkiFakeError('unsupported action');
    return handler(params);
  }

  model(name: unknown): FakeModel {
    const model = this.models.get(String(name));
    if (model === undefined) throw new AnkiFakeError(`model was not found: ${String(name)}`);
    return model;
  }

  note(id: unknown): FakeNote {
    const note = this.notes.get(Number(id));
    if (note === undefined) throw new AnkiFakeError(`note was not found: ${String(id)}`);
    return note;
  }

  target(note: FakeNote, card: FakeCard | null): SearchTarget {
    const first = card ?? this.cards.get(note.cardIds[0] ?? -1) ?? null;
    return {
      noteId: note.id,
      cardId: card?.id ?? null,
      modelName: note.modelName,
      deckName: first?.deckName ?? '',
      tags: note.tags,
      fields: note.fields,
      suspended: first?.queue === -1,
    };
  }

  /** Validates a note for adding; returns the model, or throws the add-on's error. */
  check(note: Params): FakeModel {
    const model = this.model(note.modelName);
    const deck = String(note.deckName);
    if (!this.decks.has(deck)) throw new AnkiFakeError(`deck was not found: ${deck}`);
    const fields = (note.fields ?? {}) as Record<string, string>;
    const firstName = model.fields[0] ?? '';
    const first = fields[firstName] ?? '';
    const injected = this.failingNotes.get(first);
    if (injected !== undefined) throw new AnkiFakeError(injected);
    if (first.trim() === '') throw new AnkiFakeError('cannot create note because it is empty');
    const options = (note.options ?? {}) as Params;
    if (options.allowDuplicate !== true) {
      const inDeck = options.duplicateScope === 'deck';
      for (const existing of this.notes.values()) {
        if (existing.modelName !== model.name || existing.fields[firstName] !== first) continue;
        const deckOf = this.cards.get(existing.cardIds[0] ?? -1)?.deckName;
        if (!inDeck || deckOf === deck) {
          throw new AnkiFakeError('cannot create note because it is a duplicate');
        }
      }
    }
    return model;
  }

  addNote(note: Params): number {
    const model = this.check(note);
    const given = (note.fields ?? {}) as Record<string, string>;
    const fields: Record<string, string> = {};
    for (const name of model.fields) fields[name] = given[name] ?? '';
    const tags = Array.isArray(note.tags) ? note.tags.map(String) : [];
    const id = this.id();
    const clozes = model.isCloze
      ? [
          ...new Set(
            [...(fields[model.fields[1] ?? ''] ?? '').matchAll(/\{\{c(\d+)::/g)].map((m) =>
              Number(m[1]),
            ),
          ),
        ]
      : [1];
    const cardIds = (clozes.length > 0 ? clozes : [1]).map((n, index) => {
      const cardId = this.id();
      this.cards.set(cardId, {
        id: cardId,
        noteId: id,
        deckName: String(note.deckName),
        ord: model.isCloze ? n - 1 : index,
        mod: this.seconds(),
        type: 0,
        queue: 0,
        due: this.notes.size + 1,
        interval: 0,
        factor: 0,
        reps: 0,
        lapses: 0,
        left: 0,
      });
      return cardId;
    });
    this.notes.set(id, {id, modelName: model.name, fields, tags, mod: this.seconds(), cardIds});
    return id;
  }

  cardIds(params: Params): number[] {
    return Array.isArray(params.cards) ? params.cards.map(Number) : [];
  }

  noteIds(params: Params): number[] {
    return Array.isArray(params.notes) ? params.notes.map(Number) : [];
  }

  setSuspended(params: Params, suspended: boolean): boolean {
    let changed = false;
    for (const id of this.cardIds(params)) {
      const card = this.cards.get(id);
      if (card === undefined) continue;
      const queue = suspended ? -1 : card.type === 3 ? 1 : card.type;
      if (card.queue !== queue) changed = true;
      card.queue = queue;
      card.mod = this.seconds();
    }
    return changed;
  }

  editTags(params: Params, add: boolean): null {
    const tags = String(params.tags ?? '')
      .split(/\s+/)
      .filter(Boolean);
    for (const id of this.noteIds(params)) {
      const note = this.notes.get(id);
      if (note === undefined) continue;
      const lower = new Set(tags.map((t) => t.toLowerCase()));
      note.tags = add
        ? [
            ...note.tags,
            ...tags.filter((t) => !note.tags.some((x) => x.toLowerCase() === t.toLowerCase())),
          ]
        : note.tags.filter((t) => !lower.has(t.toLowerCase()));
      note.mod = this.seconds();
    }
    return null;
  }

  noteInfo(note: FakeNote) {
    const model = this.model(note.modelName);
    const fields = Object.fromEntries(
      model.fields.map((name, order) => [name, {value: note.fields[name] ?? '', order}]),
    );
    return {
      noteId: note.id,
      modelName: note.modelName,
      tags: note.tags,
      fields,
      mod: note.mod,
      cards: note.cardIds,
    };
  }

  cardInfo(card: FakeCard) {
    const note = this.note(card.noteId);
    const info = this.noteInfo(note);
    const {id, noteId, deckName, ord, mod, ...sched} = card;
    return {
      cardId: id,
      fields: info.fields,
      fieldOrder: ord,
      question: '<div>question</div>',
      answer: '<div>answer</div>',
      modelName: note.modelName,
      ord,
      deckName,
      css: this.model(note.modelName).css,
      note: noteId,
      mod,
      ...sched,
    };
  }

  /** Appends revlog rows and updates the card as answers at the given times would. */
  simulateReviews(cardId: number, reviews: readonly FakeAnswer[]): void {
    simulateAnswers(this, cardId, reviews);
  }
}
