import {UsageError} from '../errors.js';

/** Limits for {@link parseWholeNumber}. */
export interface WholeNumberRange {
  min: number;
  max?: number;
}

/**
 * Parses a count option. Only decimal digits count: `Number()` alone would also take `0x10`,
 * `1e1` or `" 7"`, which nobody means as a count.
 */
export function parseWholeNumber(
  value: string | undefined,
  flag: string,
  fallback: number,
  range: WholeNumberRange,
): number {
  if (value === undefined) return fallback;
  const number = /^\d{1,9}$/.test(value) ? Number(value) : Number.NaN;
  const {min, max} = range;
  if (Number.isInteger(number) && number >= min && (max === undefined || number <= max)) {
    return number;
  }
  const span = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
  throw new UsageError(`${flag} must be a whole number ${span}, not "${value}".`, {
    hint: `Write it in decimal digits, e.g. ${flag} ${fallback}.`,
  });
}
