import {
  asciiTrigramCode,
  asciiTrigramCodeCount,
  asciiTrigramCodes,
  trigramSet,
} from './trigrams.js';

/** Numbers trigrams as they are met and counts how many texts hold each. */
export interface TrigramTokenizer {
  /** The distinct trigram tokens of a text (one id per trigram across all texts). */
  tokens(text: string): Int32Array;
  /** How many texts so far hold each token id. */
  readonly frequency: readonly number[];
}

/**
 * A tokenizer for one join: ASCII trigrams are numbered without building strings; other texts
 * fall back to string trigrams, and their ASCII trigrams still get the shared ids.
 */
export function createTrigramTokenizer(): TrigramTokenizer {
  const asciiIds = new Int32Array(asciiTrigramCodeCount).fill(-1);
  const stringIds = new Map<string, number>();
  const frequency: number[] = [];
  const fresh = () => {
    frequency.push(1);
    return frequency.length - 1;
  };
  const asciiId = (code: number): number => {
    const known = asciiIds[code]!;
    if (known >= 0) {
      frequency[known]! += 1;
      return known;
    }
    asciiIds[code] = fresh();
    return asciiIds[code]!;
  };
  const stringId = (gram: string): number => {
    const code = asciiTrigramCode(gram);
    if (code >= 0) return asciiId(code);
    const known = stringIds.get(gram);
    if (known !== undefined) {
      frequency[known]! += 1;
      return known;
    }
    const id = fresh();
    stringIds.set(gram, id);
    return id;
  };
  return {
    frequency,
    tokens(text) {
      const codes = asciiTrigramCodes(text);
      return codes ? codes.map(asciiId) : Int32Array.from(trigramSet(text), stringId);
    },
  };
}
