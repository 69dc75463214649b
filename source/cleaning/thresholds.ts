import {UserError} from '../errors.js';

/** Limits the quality rules compare against; every number is inclusive of the allowed value. */
export interface CleaningThresholds {
  /** Front words above this cost FRONT_VERBOSE. */
  readonly frontWordsOptimal: number;
  /** Front words above this cost FRONT_TOO_LONG. */
  readonly frontWordsMax: number;
  /** Front characters above this cost FRONT_CHARS_EXCEEDED. */
  readonly frontCharsMax: number;
  /** Front characters below this cost TOO_SHORT. */
  readonly frontCharsMin: number;
  /** Back words above this cost BACK_VERBOSE. */
  readonly backWordsOptimal: number;
  /** Back words above this cost BACK_TOO_LONG. */
  readonly backWordsMax: number;
  /** Back characters above this cost BACK_CHARS_EXCEEDED. */
  readonly backCharsMax: number;
  /** Back characters below this cost TOO_SHORT. */
  readonly backCharsMin: number;
  /** Code lines above this cost CODE_VERBOSE. */
  readonly codeLinesOptimal: number;
  /** Code lines above this cost CODE_TOO_LONG. */
  readonly codeLinesMax: number;
  /** Lowest score (0–100) for grade A. */
  readonly gradeAMin: number;
  /** Lowest score for grade B. */
  readonly gradeBMin: number;
  /** Lowest score for grade C. */
  readonly gradeCMin: number;
  /** Lowest score for grade D; anything lower is F. */
  readonly gradeDMin: number;
}

/** Defaults: the predecessor's second-generation constants (answers may be explanatory). */
export const DEFAULT_THRESHOLDS: CleaningThresholds = Object.freeze({
  frontWordsOptimal: 15,
  frontWordsMax: 25,
  frontCharsMax: 200,
  frontCharsMin: 15,
  backWordsOptimal: 15,
  backWordsMax: 30,
  backCharsMax: 300,
  backCharsMin: 3,
  codeLinesOptimal: 5,
  codeLinesMax: 10,
  gradeAMin: 90,
  gradeBMin: 75,
  gradeCMin: 60,
  gradeDMin: 40,
});

/** Any subset of thresholds, as read from the config layer. */
export type ThresholdOverrides = Partial<CleaningThresholds>;

// Pairs that must stay ordered, or a card could be "too long" without being "verbose".
const orderedPairs: ReadonlyArray<readonly [keyof CleaningThresholds, keyof CleaningThresholds]> = [
  ['frontWordsOptimal', 'frontWordsMax'],
  ['backWordsOptimal', 'backWordsMax'],
  ['codeLinesOptimal', 'codeLinesMax'],
  ['gradeDMin', 'gradeCMin'],
  ['gradeCMin', 'gradeBMin'],
  ['gradeBMin', 'gradeAMin'],
];

const hint = 'fix the cleaning thresholds in nls.config.json (non-negative whole numbers)';

/** Defaults with the given overrides applied; throws a UserError for impossible values. */
export function resolveThresholds(overrides: ThresholdOverrides = {}): CleaningThresholds {
  const merged: Record<string, number> = {...DEFAULT_THRESHOLDS};
  for (const [key, value] of Object.entries(overrides)) {
    if (value === undefined) continue;
    if (!(key in DEFAULT_THRESHOLDS)) {
      throw new UserError(`Unknown cleaning threshold "${key}".`, {hint});
    }
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 0) {
      throw new UserError(`Cleaning threshold ${key} must be a whole number ≥ 0.`, {hint});
    }
    merged[key] = value;
  }
  const result = merged as unknown as CleaningThresholds;
  for (const [low, high] of orderedPairs) {
    if (result[low] > result[high]) {
      throw new UserError(
        `Cleaning threshold ${low} (${result[low]}) exceeds ${high} (${result[high]}).`,
        {hint},
      );
    }
  }
  if (result.gradeAMin > 100) {
    throw new UserError('Cleaning threshold gradeAMin must be at most 100.', {hint});
  }
  return Object.freeze(result);
}
