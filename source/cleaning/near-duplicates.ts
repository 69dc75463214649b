import {trigramSet} from './trigrams.js';

/** A text to compare; only items of the same group are paired. */
export interface SimilarityItem {
  readonly id: string;
  readonly group: string;
  readonly text: string;
}

/** Two items whose trigram sets have Jaccard similarity ≥ the threshold (`a` < `b`). */
export interface SimilarPair {
  readonly a: string;
  readonly b: string;
  readonly similarity: number;
}

// A hair below the exact product so float noise (0.85 × 20 = 17.000000000000004) never
// shortens a prefix or raises a size bound: a loose filter only costs a verification.
const slack = 1e-9;
const minOverlap = (threshold: number, size: number) => Math.ceil(threshold * size - slack);

interface Encoded {
  readonly id: string;
  /** Token ranks, rarest first. */
  readonly tokens: Int32Array;
}

// Token ids ranked by how many sets hold them, rarest first, so prefixes hold rare trigrams and
// the inverted lists stay short.
function encode(items: readonly SimilarityItem[]): {encoded: Encoded[]; tokenCount: number} {
  const ids = new Map<string, number>();
  const frequency: number[] = [];
  const raw = items.map((item) => {
    const grams = trigramSet(item.text);
    const tokens = new Int32Array(grams.length);
    grams.forEach((gram, index) => {
      let token = ids.get(gram);
      if (token === undefined) {
        token = frequency.length;
        ids.set(gram, token);
        frequency.push(0);
      }
      frequency[token]! += 1;
      tokens[index] = token;
    });
    return tokens;
  });
  const order = frequency.map((_, token) => token);
  order.sort((x, y) => frequency[x]! - frequency[y]! || x - y);
  const rank = new Int32Array(order.length);
  order.forEach((token, position) => {
    rank[token] = position;
  });
  const encoded = items.map((item, index) => {
    const tokens = raw[index]!.map((token) => rank[token]!);
    tokens.sort();
    return {id: item.id, tokens};
  });
  return {encoded, tokenCount: frequency.length};
}

function overlap(x: Int32Array, y: Int32Array): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a < b) i += 1;
    else j += 1;
  }
  return shared;
}

// Two-token prefix filtering: if |x ∩ y| ≥ α, then under one global token order the first two
// shared tokens lie within the first |x| − α + 2 tokens of x and of y. So only those prefixes
// are indexed and probed, and a candidate is verified only when it shares two prefix tokens
// (one when a set is too small to hold two). Compared with one-token prefixes this skips the
// many pairs that share a single common trigram, which dominate at 100,000 cards.
const sharedPrefixTokens = 3;
const prefixLength = (threshold: number, size: number) =>
  Math.min(size, size - minOverlap(threshold, size) + sharedPrefixTokens);

// The inverted index of every set's prefix as flat typed arrays (postings of a token are the
// positions of the sets holding it, ascending): scanning them is what dominates at 100,000 cards,
// and flat arrays scan several times faster than a Map of JS arrays.
function prefixIndex(sets: readonly Encoded[], threshold: number, tokenCount: number) {
  const start = new Int32Array(tokenCount + 1);
  for (const set of sets) {
    const prefix = prefixLength(threshold, set.tokens.length);
    for (let p = 0; p < prefix; p++) start[set.tokens[p]! + 1]! += 1;
  }
  for (let token = 0; token < tokenCount; token++) start[token + 1]! += start[token]!;
  const postings = new Int32Array(start[tokenCount]!);
  const fill = start.slice(0, tokenCount);
  sets.forEach((set, position) => {
    const prefix = prefixLength(threshold, set.tokens.length);
    for (let p = 0; p < prefix; p++) postings[fill[set.tokens[p]!]!++] = position;
  });
  return {start, postings};
}

// Sets are visited smallest first; each probes the postings of its prefix tokens that belong to
// earlier (no larger) sets, counting shared prefix tokens per candidate, then verifies.
function joinGroup(sets: Encoded[], threshold: number, tokenCount: number, out: SimilarPair[]) {
  sets.sort((x, y) => x.tokens.length - y.tokens.length);
  const {start, postings} = prefixIndex(sets, threshold, tokenCount);
  const counts = new Int32Array(sets.length);
  const touched = new Int32Array(sets.length);
  sets.forEach((set, position) => {
    const size = set.tokens.length;
    if (size === 0) return;
    const prefix = prefixLength(threshold, size);
    const smallest = minOverlap(threshold, size);
    let touchedCount = 0;
    for (let p = 0; p < prefix; p++) {
      const token = set.tokens[p]!;
      const end = start[token + 1]!;
      for (let k = start[token]!; k < end; k++) {
        const other = postings[k]!;
        if (other >= position) break;
        if (counts[other] === 0) touched[touchedCount++] = other;
        counts[other]! += 1;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const shared = counts[other]!;
      counts[other] = 0;
      const tokens = sets[other]!.tokens;
      if (tokens.length < smallest) continue;
      if (shared < Math.min(sharedPrefixTokens, minOverlap(threshold, tokens.length))) continue;
      const common = overlap(set.tokens, tokens);
      const similarity = common / (size + tokens.length - common);
      if (similarity + slack < threshold) continue;
      const otherId = sets[other]!.id;
      out.push(
        set.id < otherId
          ? {a: set.id, b: otherId, similarity}
          : {a: otherId, b: set.id, similarity},
      );
    }
  });
}

/**
 * Every pair of same-group items whose pg_trgm-style trigram sets have Jaccard similarity ≥
 * `threshold` (0 < threshold ≤ 1), without comparing all pairs.
 */
export function findSimilarPairs(
  items: readonly SimilarityItem[],
  threshold: number,
): SimilarPair[] {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be in (0, 1]');
  const {encoded, tokenCount} = encode(items);
  const groups = new Map<string, Encoded[]>();
  items.forEach((item, position) => {
    const members = groups.get(item.group);
    if (members) members.push(encoded[position]!);
    else groups.set(item.group, [encoded[position]!]);
  });
  const out: SimilarPair[] = [];
  for (const members of groups.values()) joinGroup(members, threshold, tokenCount, out);
  return out;
}
