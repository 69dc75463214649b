import type {FakeCollection, FakeModel, Params} from './anki-collection.js';
import {type FakePreset, filteredDeckDict} from './anki-presets.js';
import {matchesQuery} from './anki-search.js';
import {setDueDate} from './anki-study.js';

/** An error AnkiConnect would report in the envelope (its exact wording). */
export class AnkiFakeError extends Error {}

/** One AnkiConnect action of the fake. */
export type Action = (params: Params) => unknown;

/** The AnkiConnect actions over a fake collection, keyed by action name (`multi` is the server's). */
export function collectionActions(c: FakeCollection): Record<string, Action> {
  const actions: Record<string, Action> = {
    version: () => 6,
    deckNames: () => [...c.decks.keys()],
    createDeck: (p) => {
      const name = String(p.deck);
      const levels = name.split('::');
      for (let i = 1; i <= levels.length; i++) {
        const path = levels.slice(0, i).join('::');
        if (!c.decks.has(path)) c.decks.set(path, c.id());
      }
      return c.decks.get(name);
    },
    modelNames: () => [...c.models.keys()],
    modelFieldNames: (p) => c.model(p.modelName).fields,
    createModel: (p) => {
      const name = String(p.modelName);
      if (c.models.has(name)) throw new AnkiFakeError('Model name already exists');
      const fields = Array.isArray(p.inOrderFields) ? p.inOrderFields.map(String) : [];
      if (fields.length === 0)
        throw new AnkiFakeError('Must provide at least one field for inOrderFields');
      const templates = (p.cardTemplates ?? []) as FakeModel['templates'];
      if (templates.length === 0)
        throw new AnkiFakeError('Must provide at least one card for cardTemplates');
      const model: FakeModel = {
        id: c.id(),
        name,
        fields,
        isCloze: p.isCloze === true,
        css: String(p.css ?? ''),
        templates,
      };
      c.models.set(name, model);
      return {id: model.id, name, flds: fields.map((f, ord) => ({name: f, ord}))};
    },
    findNotes: (p) =>
      [...c.notes.values()]
        .filter((n) => matchesQuery(String(p.query ?? ''), c.target(n, null)))
        .map((n) => n.id),
    findCards: (p) =>
      [...c.cards.values()]
        .filter((card) => matchesQuery(String(p.query ?? ''), c.target(c.note(card.noteId), card)))
        .map((card) => card.id),
    notesInfo: (p) => c.noteIds(p).map((id) => (c.notes.has(id) ? c.noteInfo(c.note(id)) : {})),
    cardsInfo: (p) =>
      c.cardIds(p).map((id) => {
        const card = c.cards.get(id);
        return card === undefined ? {} : c.cardInfo(card);
      }),
    addNote: (p) => c.addNote((p.note ?? {}) as Params),
    addNotes: (p) => {
      // The current add-on adds what it can, then fails the whole call listing every error.
      const errors: string[] = [];
      const ids: number[] = [];
      for (const note of (p.notes ?? []) as Params[]) {
        try {
          ids.push(c.addNote(note));
        } catch (error) {
          errors.push((error as Error).message);
        }
      }
      if (errors.length > 0) throw new AnkiFakeError(`[${errors.map((e) => `'${e}'`).join(', ')}]`);
      return ids;
    },
    canAddNotes: (p) =>
      ((p.notes ?? []) as Params[]).map((note) => {
        try {
          c.check(note);
          return true;
        } catch {
          return false;
        }
      }),
    updateNoteFields: (p) => {
      const given = (p.note ?? {}) as {id?: unknown; fields?: Record<string, string>};
      const note = c.note(given.id);
      for (const [name, value] of Object.entries(given.fields ?? {})) {
        if (name in note.fields) note.fields[name] = value;
      }
      note.mod = c.seconds();
      return null;
    },
    changeDeck: (p) => {
      const deck = String(p.deck);
      actions.createDeck?.({deck});
      for (const id of c.cardIds(p)) {
        const card = c.cards.get(id);
        if (card !== undefined) card.deckName = deck;
      }
      return null;
    },
    addTags: (p) => c.editTags(p, true),
    removeTags: (p) => c.editTags(p, false),
    suspend: (p) => c.setSuspended(p, true),
    unsuspend: (p) => c.setSuspended(p, false),
    deleteNotes: (p) => {
      for (const id of c.noteIds(p)) {
        const note = c.notes.get(id);
        if (note === undefined) continue;
        for (const cardId of note.cardIds) {
          c.cards.delete(cardId);
          c.revlog.delete(cardId);
          c.memory.delete(cardId);
        }
        c.notes.delete(id);
      }
      return null;
    },
    // FooSoft/anki-connect plugin/__init__.py getDeckConfig: `False` for a deck not in
    // deckNames(), else `collection.decks.confForDid(did)` (shape: anki-presets.ts).
    getDeckConfig: (p) => {
      const deck = String(p.deck);
      if (!c.decks.has(deck)) return false;
      if (c.filteredDecks.has(deck)) return filteredDeckDict(deck, c.decks.get(deck) ?? 0);
      return structuredClone(c.presetOf(deck));
    },
    // FooSoft/anki-connect plugin/__init__.py cardReviews: rows of `select id, cid, usn, ease,
    // ivl, lastIvl, factor, time, type from revlog where id>? and cid in (select id from cards
    // where did=?)` — arrays, not objects; only cards directly in that deck (not its subdecks);
    // `decks.id(deck)` creates a deck that does not exist (then there are no rows).
    cardReviews: (p) => {
      const deckCards = cardsDirectlyIn(c, String(p.deck));
      const startId = Number(p.startID);
      return deckCards.flatMap((card) =>
        (c.revlog.get(card.id) ?? [])
          .filter((row) => row.id > startId)
          .map((r) => [r.id, card.id, r.usn, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]),
      );
    },
    // getLatestReviewID: `select max(id) from revlog where cid in (cards where did=?)` or 0.
    getLatestReviewID: (p) => {
      const ids = cardsDirectlyIn(c, String(p.deck)).flatMap((card) =>
        (c.revlog.get(card.id) ?? []).map((row) => row.id),
      );
      return ids.length === 0 ? 0 : Math.max(...ids);
    },
    // saveDeckConfig: `False` for an id that is no preset, else the whole preset is replaced
    // (mod and usn set by the add-on). Anki's backend keeps the id numeric on the next read.
    saveDeckConfig: (p) => {
      const config = (p.config ?? {}) as FakePreset;
      const id = Number(config.id);
      if (!c.presets.has(id)) return false;
      c.presets.set(id, {...structuredClone(config), id, mod: c.seconds(), usn: -1});
      return true;
    },
    // setDueDate(cards, days): `scheduler.set_due_date(cards, days)`; Anki parses `days` as "N",
    // "N!" (also set the interval) or a range "A-B" (rslib/src/scheduler/reviews.rs). The fake
    // takes "N" and "N!" and logs the manual revlog row as Anki does.
    setDueDate: (p) => {
      const match = /^(\d+)!?$/.exec(String(p.days ?? ''));
      if (match === null) throw new AnkiFakeError('invalid input');
      for (const id of c.cardIds(p)) {
        if (c.cards.has(id)) setDueDate(c, id, Number(match[1]), new Date(c.seconds() * 1000));
      }
      return true;
    },
    getReviewsOfCards: (p) =>
      Object.fromEntries(c.cardIds(p).map((id) => [String(id), c.revlog.get(id) ?? []])),
  };
  return actions;
}

/** The cards whose deck is exactly `deck`, creating the deck as `DeckManager.id` does. */
function cardsDirectlyIn(c: FakeCollection, deck: string) {
  if (!c.decks.has(deck)) c.decks.set(deck, c.id());
  return [...c.cards.values()].filter((card) => card.deckName === deck);
}
