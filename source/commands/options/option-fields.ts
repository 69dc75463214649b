import * as z from 'zod/mini';

// Option schemas are imported by the router on every start (`nls --help` included), so they use
// zod/mini: about 16 KB once bundled, where the classic `zod` build adds about 170 KB and
// measurably slows every start. The schema shape is the same: z.object, z.enum, defaults, and
// z.describe for the help text.

declare module 'zod/v4/core' {
  /** How an option is spelled on the command line, beside its description. */
  interface GlobalMeta {
    /** The word in `--flag <word>` (default: the option's own name). */
    placeholder?: string;
    /** A one-letter alias, e.g. `y` for `-y, --yes`. */
    short?: string;
    /** Accepted but left out of `--help` (switches for tests and diagnosis). */
    hidden?: boolean;
  }
}

/** What an option's parse failure tells the user to do, given its flag and default. */
export type OptionHint = (flag: string, fallback: string | undefined) => string;

/** An on/off switch such as `--dry-run`. */
export function flag(description: string) {
  return z.optional(z.boolean()).check(z.describe(description));
}

/** Limits of a {@link wholeNumber}, and the value its hint shows when it has no default. */
export interface WholeNumberRange {
  min: number;
  max?: number;
  example?: number;
}

const decimalDigits =
  (example: number): OptionHint =>
  (flag, fallback) =>
    `Write it in decimal digits, e.g. ${flag} ${fallback ?? example}.`;

/**
 * A count written in decimal digits. Only digits count: `Number()` alone would also take `0x10`,
 * `1e1` or `" 7"`, which nobody means as a count.
 */
export function wholeNumber({min, max, example = min}: WholeNumberRange) {
  return z.pipe(
    z.string(),
    z.transform((text: string, context) => {
      const number = /^\d{1,9}$/.test(text) ? Number(text) : Number.NaN;
      if (number >= min && (max === undefined || number <= max)) return number;
      const span = max === undefined ? `of at least ${min}` : `from ${min} to ${max}`;
      context.issues.push({
        code: 'custom',
        input: text,
        message: `must be a whole number ${span}, not "${text}".`,
        params: {hint: decimalDigits(example)},
      });
      return z.NEVER;
    }),
  );
}

/** Open or closed ends of a {@link decimalNumber}, and the value its hint shows. */
export interface DecimalRange {
  above: number;
  below?: number;
  atMost?: number;
  example: number;
}

/** A positive number written with digits and an optional decimal point, e.g. `0.85`. */
export function decimalNumber({above, below, atMost, example}: DecimalRange) {
  const span = [
    `above ${above}`,
    ...(below === undefined ? [] : [`below ${below}`]),
    ...(atMost === undefined ? [] : [`at most ${atMost}`]),
  ].join(' and ');
  return z.pipe(
    z.string(),
    z.transform((text: string, context) => {
      const number = /^\d{1,9}(\.\d{1,9})?$/.test(text) ? Number(text) : Number.NaN;
      const inRange =
        number > above &&
        (below === undefined || number < below) &&
        (atMost === undefined || number <= atMost);
      if (inRange) return number;
      context.issues.push({
        code: 'custom',
        input: text,
        message: `must be a number ${span}, not "${text}".`,
        params: {hint: decimalDigits(example)},
      });
      return z.NEVER;
    }),
  );
}
