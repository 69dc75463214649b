import {chunk} from '../client.js';
import {
  DEFAULT_PRESET,
  type FsrsPreset,
  parseDeckConfig,
  usesDefaultParameters,
} from '../fsrs-preset.js';
import type {AnkiTransport} from '../transport.js';

/** Decks asked about in one `multi` request. */
const DECKS_PER_REQUEST = 200;

/** The presets of the decks a pull read, and which presets fell back to the defaults. */
export interface DeckPresets {
  /** The preset of a deck (defaults for a deck Anki did not describe). */
  presetOf: (deckName: string) => FsrsPreset;
  /** Distinct presets read. */
  presets: FsrsPreset[];
  /** Names of presets without FSRS parameters (replayed with the defaults). */
  withDefaults: string[];
}

/**
 * Reads each deck's preset with `getDeckConfig`, all decks in one `multi` request (200 per
 * request), and parses each preset once however many decks share it.
 */
export async function readDeckPresets(
  transport: AnkiTransport,
  deckNames: Iterable<string>,
): Promise<DeckPresets> {
  const decks = [...new Set(deckNames)].sort();
  const byDeck = new Map<string, FsrsPreset>();
  const byId = new Map<string, FsrsPreset>();
  for (const part of chunk(decks, DECKS_PER_REQUEST)) {
    const results = await transport.multi(
      part.map((deck) => ({action: 'getDeckConfig', params: {deck}})),
    );
    results.forEach((result, index) => {
      const deck = part[index] as string;
      if (!result.ok) throw result.error;
      const key = presetKey(result.value);
      let preset = key === null ? undefined : byId.get(key);
      if (preset === undefined) {
        preset = parseDeckConfig(result.value);
        if (key !== null) byId.set(key, preset);
      }
      byDeck.set(deck, preset);
    });
  }
  const presets = [...new Set(byDeck.values())];
  return {
    presetOf: (deck) => byDeck.get(deck) ?? DEFAULT_PRESET,
    presets,
    withDefaults: presets.filter(usesDefaultParameters).map((p) => p.name || `deck preset ${p.id}`),
  };
}

function presetKey(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || !('id' in value)) return null;
  const {id} = value as {id: unknown};
  return typeof id === 'number' || typeof id === 'string' ? String(id) : null;
}
