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

/**
 * Token ranks: 16 bits whenever the texts hold fewer than 65,536 distinct trigrams (all ASCII
 * trigrams number 50,653), which halves what the token sets keep in memory; else 32.
 */
export type Tokens = Int32Array | Uint16Array;

/**
 * Every item's token set in one flat array (item i holds tokens[start[i]] up to start[i + 1]),
 * ranked rarest first and ascending within each set: 100,000 small typed arrays would cost more
 * in object headers than in tokens.
 */
export interface TokenSets {
  readonly tokens: Tokens;
  readonly start: Int32Array;
  readonly tokenCount: number;
}

/**
 * The trigram token set of every text, with token ids ranked by how many sets hold them, rarest
 * first, so the join's prefixes hold rare trigrams and its inverted lists stay short. Yields
 * every `pauseEvery` texts.
 */
export function* encodeTokenSets(
  items: readonly {readonly text: string}[],
  pauseEvery: number,
): Generator<void, TokenSets> {
  const tokenizer = createTrigramTokenizer();
  const start = new Int32Array(items.length + 1);
  let flat: Tokens = new Uint16Array(Math.max(16, items.length * 64));
  let used = 0;
  for (let index = 0; index < items.length; index++) {
    if (index % pauseEvery === pauseEvery - 1) yield;
    const ids = tokenizer.tokens(items[index]!.text);
    if (flat instanceof Uint16Array && tokenizer.frequency.length > 0x10000) {
      flat = Int32Array.from(flat);
    }
    if (used + ids.length > flat.length) {
      const grown: Tokens =
        flat instanceof Uint16Array
          ? new Uint16Array(2 * (used + ids.length))
          : new Int32Array(2 * (used + ids.length));
      grown.set(flat.subarray(0, used));
      flat = grown;
    }
    flat.set(ids, used);
    used += ids.length;
    start[index + 1] = used;
  }
  const frequency = tokenizer.frequency;
  const order = frequency.map((_, token) => token);
  order.sort((x, y) => frequency[x]! - frequency[y]! || x - y);
  const rank = new Int32Array(order.length);
  order.forEach((token, position) => {
    rank[token] = position;
  });
  const tokens = flat.slice(0, used);
  for (let k = 0; k < used; k++) tokens[k] = rank[tokens[k]!]!;
  for (let index = 0; index < items.length; index++) {
    tokens.subarray(start[index]!, start[index + 1]!).sort();
  }
  return {tokens, start, tokenCount: frequency.length};
}
