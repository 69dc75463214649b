import {UserError} from '../../errors.js';
import type {AnkiClient} from '../client.js';
import {CARD_ID_FIELD, NLS_MODELS} from '../note-types.js';

/**
 * Creates `NLS Basic` and `NLS Cloze` when missing. An existing type must have CardID as its
 * first field, or Anki's duplicate check and `CardID:` searches would not identify notes.
 */
export async function ensureNoteTypes(client: AnkiClient): Promise<string[]> {
  const existing = new Set(await client.modelNames());
  const created: string[] = [];
  for (const model of NLS_MODELS) {
    if (!existing.has(model.modelName)) {
      await client.createModel(model);
      created.push(model.modelName);
      continue;
    }
    const fields = await client.modelFieldNames(model.modelName);
    if (fields[0] !== CARD_ID_FIELD) {
      throw new UserError(
        `The Anki note type "${model.modelName}" does not have ${CARD_ID_FIELD} as its first field.`,
        {
          hint: `In Anki, rename that note type (Tools > Manage Note Types) so nls can create its own, then run nls sync anki push again.`,
        },
      );
    }
  }
  return created;
}

/** Creates the decks that do not exist yet, all in one `multi` request; returns their names. */
export async function ensureDecks(client: AnkiClient, decks: Iterable<string>): Promise<string[]> {
  const wanted = [...new Set(decks)];
  if (wanted.length === 0) return [];
  const existing = new Set(await client.deckNames());
  const missing = wanted.filter((deck) => !existing.has(deck));
  if (missing.length === 0) return [];
  const results = await client.multi(
    missing.map((deck) => ({action: 'createDeck', params: {deck}})),
  );
  for (const result of results) if (!result.ok) throw result.error;
  return missing;
}
