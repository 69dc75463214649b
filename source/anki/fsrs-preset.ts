import {default_w} from 'ts-fsrs';
import {z} from 'zod';

/** The FSRS settings of one Anki preset (deck options group). */
export interface FsrsPreset {
  /** The preset's id, or null when Anki gave none (a filtered deck, an unknown deck). */
  id: number | null;
  name: string;
  /** The preset's parameters (21, 19 or 17 numbers); empty → FSRS defaults. */
  params: readonly number[];
  desiredRetention: number;
  /** Retention assumed for SM-2 history ("historical retention"). */
  sm2Retention: number;
  /** `ignoreRevlogsBeforeDate` as epoch ms (UTC midnight, as Anki reads it); 0 → none. */
  ignoreBeforeMs?: number;
  /** The deck is a filtered deck: its cards' `due` is not their home deck's schedule. */
  filtered?: boolean;
}

/** FSRS defaults with Anki's default retention 0.9, for presets without parameters. */
export const DEFAULT_PRESET: FsrsPreset = {
  id: null,
  name: '(defaults)',
  params: [],
  desiredRetention: 0.9,
  sm2Retention: 0.9,
};

/** A filtered deck's cards: defaults (their home preset is unknown), and no day-number due. */
const FILTERED_DECK: FsrsPreset = {...DEFAULT_PRESET, name: '(filtered deck)', filtered: true};

const vector = z.array(z.number().finite()).catch([]);
const validLength = (params: readonly number[]) => [17, 19, 21].includes(params.length);

// The preset as `getDeckConfig` returns it: AnkiConnect's `collection.decks.confForDid(did)`
// (FooSoft/anki-connect plugin/__init__.py), Anki's legacy JSON form of a preset
// (`DeckConfSchema11` in ankitects/anki rslib/src/deckconfig/schema11.rs: `fsrsWeights` holds
// FSRS-4.5 parameters, `fsrsParams5` FSRS-5, `fsrsParams6` FSRS-6, all default `[]`).
const deckConfigSchema = z.looseObject({
  id: z.union([z.number(), z.string()]).optional(),
  name: z.string().catch('').optional(),
  dyn: z.union([z.boolean(), z.number()]).optional(),
  fsrsWeights: vector.optional(),
  fsrsParams5: vector.optional(),
  fsrsParams6: vector.optional(),
  desiredRetention: z.number().catch(0).optional(),
  sm2Retention: z.number().catch(0).optional(),
  ignoreRevlogsBeforeDate: z.string().catch('').optional(),
});

/** Anki's `ignore_revlogs_before_date_to_ms` (rslib/src/scheduler/fsrs/params.rs): UTC midnight. */
function ignoreBefore(date: string | undefined): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (match === null) return 0;
  const ms = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(ms) ? ms : 0;
}

const retention = (value: number | undefined, fallback: number) =>
  value !== undefined && value > 0 && value < 1 ? value : fallback;

/**
 * A preset from a `getDeckConfig` result, choosing the parameters as Anki's
 * `DeckConfig::fsrs_params` does: `fsrsParams6`, else `fsrsParams5`, else `fsrsWeights`.
 * `false` (no such deck) and a filtered deck's own config give the defaults.
 */
export function parseDeckConfig(result: unknown): FsrsPreset {
  const parsed = deckConfigSchema.safeParse(result);
  if (!parsed.success) return DEFAULT_PRESET;
  if (parsed.data.dyn === true || parsed.data.dyn === 1) return FILTERED_DECK;
  const conf = parsed.data;
  const candidates = [conf.fsrsParams6, conf.fsrsParams5, conf.fsrsWeights];
  const params = candidates.find((p) => p !== undefined && p.length > 0) ?? [];
  const id = conf.id === undefined ? null : Number(conf.id);
  return {
    id: Number.isFinite(id) ? id : null,
    name: conf.name ?? '',
    params: validLength(params) ? params : [],
    desiredRetention: retention(conf.desiredRetention, 0.9),
    sm2Retention: retention(conf.sm2Retention, 0.9),
    ignoreBeforeMs: ignoreBefore(conf.ignoreRevlogsBeforeDate),
  };
}

/** True when the preset replays with FSRS's default parameters. */
export function usesDefaultParameters(preset: FsrsPreset): boolean {
  return !validLength(preset.params);
}

/**
 * A 21-number FSRS-6 vector from 21, 19 (FSRS-5) or 17 (FSRS-4.5) numbers, filled the way
 * fsrs-rs `check_and_fill_parameters` does; anything else gives the defaults. (Done here rather
 * than by ts-fsrs, whose migration writes to the console.)
 */
export function fsrs6Parameters(params: readonly number[]): number[] {
  if (params.length === 21) return [...params];
  if (params.length === 19) return [...params, 0, 0.5];
  if (params.length === 17) {
    const w = [...params];
    const [w4, w5, w6] = [w[4] ?? 0, w[5] ?? 0, w[6] ?? 0];
    w[4] = w5 * 2 + w4;
    w[5] = Math.log(w5 * 3 + 1) / 3;
    w[6] = w6 + 0.5;
    return [...w, 0, 0, 0, 0.5];
  }
  return [...default_w];
}
