import {UserError} from '../../errors.js';
import type {AnkiClient} from '../client.js';
import {type AnkiModelDefinition, CARD_ID_FIELD, NLS_MODELS} from '../note-types.js';

/**
 * Checks `NLS Basic` and `NLS Cloze` in two requests and returns the ones missing. An existing
 * type must have CardID as its first field, or Anki's duplicate check and `CardID:` searches would
 * not identify notes: that is a {@link UserError} naming the type.
 */
export async function checkNoteTypes(client: AnkiClient): Promise<AnkiModelDefinition[]> {
  const existing = new Set(await client.modelNames());
  const present = NLS_MODELS.filter((model) => existing.has(model.modelName));
  const fields =
    present.length === 0
      ? []
      : await client.multi<string[]>(
          present.map((model) => ({
            action: 'modelFieldNames',
            params: {modelName: model.modelName},
          })),
        );
  present.forEach((model, index) => {
    const result = fields[index];
    if (result === undefined || !result.ok) throw result?.error ?? new Error('no reply');
    if (result.value[0] !== CARD_ID_FIELD) {
      throw new UserError(
        `The Anki note type "${model.modelName}" does not have ${CARD_ID_FIELD} as its first field.`,
        {
          hint: `In Anki, rename that note type (Tools > Manage Note Types) so nls can create its own, then run nls sync anki push again.`,
        },
      );
    }
  });
  return NLS_MODELS.filter((model) => !existing.has(model.modelName));
}

/** Creates the given note types; returns their names. */
export async function createNoteTypes(
  client: AnkiClient,
  missing: readonly AnkiModelDefinition[],
): Promise<string[]> {
  for (const model of missing) await client.createModel(model);
  return missing.map((model) => model.modelName);
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
