import {createTrigramTokenizer} from './trigram-tokens.js';

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

// Ranks fit 16 bits whenever the texts hold fewer than 65,536 distinct trigrams (all ASCII
// trigrams number 50,653), which halves what the 100,000 token sets keep in memory.
type Tokens = Int32Array | Uint16Array;

interface Encoded {
  readonly id: string;
  /** Token ranks, rarest first. */
  readonly tokens: Tokens;
}

// The join yields after this many sets (a few milliseconds of work), so a caller can let other
// work, such as feeding the database its writes, go on in between.
const pauseEvery = 2048;

const emptyTokens = new Int32Array(0);

// Token ids ranked by how many sets hold them, rarest first, so prefixes hold rare trigrams and
// the inverted lists stay short.
function* encode(
  items: readonly SimilarityItem[],
): Generator<void, {encoded: Encoded[]; tokenCount: number}> {
  const tokenizer = createTrigramTokenizer();
  const raw: Int32Array[] = [];
  for (const item of items) {
    if (raw.length % pauseEvery === pauseEvery - 1) yield;
    raw.push(tokenizer.tokens(item.text));
  }
  const frequency = tokenizer.frequency;
  const order = frequency.map((_, token) => token);
  order.sort((x, y) => frequency[x]! - frequency[y]! || x - y);
  const rank = new Int32Array(order.length);
  order.forEach((token, position) => {
    rank[token] = position;
  });
  const narrow = frequency.length <= 0x10000;
  const encoded = items.map((item, index) => {
    const ids = raw[index]!;
    const tokens = narrow ? new Uint16Array(ids.length) : ids;
    for (let k = 0; k < ids.length; k++) tokens[k] = rank[ids[k]!]!;
    raw[index] = emptyTokens;
    return {id: item.id, tokens: tokens.sort()};
  });
  return {encoded, tokenCount: frequency.length};
}

// The size of x ∩ y (both ascending), or -1 as soon as it can no longer reach `needed`: most
// candidates fall short, and stopping early is what makes verifying a million of them cheap.
function overlapReaching(x: Tokens, y: Tokens, needed: number): number {
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < x.length && j < y.length) {
    if (shared + Math.min(x.length - i, y.length - j) < needed) return -1;
    const a = x[i]!;
    const b = y[j]!;
    if (a === b) {
      shared += 1;
      i += 1;
      j += 1;
    } else if (a < b) i += 1;
    else j += 1;
  }
  return shared >= needed ? shared : -1;
}

// Prefix filtering with k shared tokens: if |x ∩ y| ≥ α, then under one global token order the
// first k shared tokens lie within the first |x| − α + k tokens of x and of y. So only prefixes
// are indexed and probed, and a candidate is verified only when it shares k prefix tokens (fewer
// when a set is too small to hold k). Compared with one-token prefixes this skips the many pairs
// that share a single common trigram, which dominate at 100,000 cards.
const sharedPrefixTokens = 3;
// Marks a candidate the positional filter ruled out (further shared tokens never bring it back).
const pruned = -(2 ** 30);
// A set x probes the sets before it (no larger): their overlap must reach ⌈t·|x|⌉.
const probePrefixLength = (threshold: number, size: number) =>
  Math.min(size, size - minOverlap(threshold, size) + sharedPrefixTokens);
// A set y is only ever probed by sets at least as large, so the overlap must reach
// ⌈2t/(1+t)·|y|⌉: its indexed prefix can be shorter than its probe prefix, which keeps the
// inverted lists short (AllPairs' "mid prefix").
const indexPrefixLength = (threshold: number, size: number) =>
  Math.min(size, size - minOverlap((2 * threshold) / (1 + threshold), size) + sharedPrefixTokens);

// The inverted index of every set's indexed prefix as flat typed arrays (postings of a token are
// the positions of the sets holding it, ascending): scanning them is what dominates at 100,000
// cards, and flat arrays scan several times faster than a Map of JS arrays.
function prefixIndex(sets: readonly Encoded[], threshold: number, tokenCount: number) {
  const start = new Int32Array(tokenCount + 1);
  for (const set of sets) {
    const prefix = indexPrefixLength(threshold, set.tokens.length);
    for (let p = 0; p < prefix; p++) start[set.tokens[p]! + 1]! += 1;
  }
  for (let token = 0; token < tokenCount; token++) start[token + 1]! += start[token]!;
  const postings = new Int32Array(start[tokenCount]!);
  const offsets = new Int32Array(postings.length);
  const fill = start.slice(0, tokenCount);
  sets.forEach((set, position) => {
    const prefix = indexPrefixLength(threshold, set.tokens.length);
    for (let p = 0; p < prefix; p++) {
      const slot = fill[set.tokens[p]!]!++;
      postings[slot] = position;
      offsets[slot] = p;
    }
  });
  return {start, postings, offsets};
}

// First index in postings[from, to) holding a position ≥ lowest (postings are ascending).
function lowerBound(postings: Int32Array, from: number, to: number, lowest: number): number {
  let low = from;
  let high = to;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (postings[middle]! < lowest) low = middle + 1;
    else high = middle;
  }
  return low;
}

// Sets are visited smallest first; each probes the postings of its prefix tokens that belong to
// earlier sets large enough to reach the threshold (the length filter: positions follow size, so
// a binary search skips the small ones), counting shared prefix tokens per candidate, then
// verifies.
function* joinGroup(
  sets: Encoded[],
  threshold: number,
  tokenCount: number,
  out: SimilarPair[],
): Generator<void> {
  sets.sort((x, y) => x.tokens.length - y.tokens.length);
  const {start, postings, offsets} = prefixIndex(sets, threshold, tokenCount);
  const ratio = threshold / (1 + threshold);
  const sizes = Int32Array.from(sets, (set) => set.tokens.length);
  const largest = sets.length > 0 ? sets[sets.length - 1]!.tokens.length : 0;
  // firstOfSize[n]: the first position whose set has at least n tokens.
  const firstOfSize = new Int32Array(largest + 2).fill(sets.length);
  for (let position = sets.length - 1; position >= 0; position--) {
    firstOfSize[sets[position]!.tokens.length] = position;
  }
  for (let size = largest; size >= 0; size--) {
    firstOfSize[size] = Math.min(firstOfSize[size]!, firstOfSize[size + 1]!);
  }
  const counts = new Int32Array(sets.length);
  const touched = new Int32Array(sets.length);
  for (let position = 0; position < sets.length; position++) {
    if (position % pauseEvery === pauseEvery - 1) yield;
    const set = sets[position]!;
    const size = set.tokens.length;
    if (size === 0) continue;
    const prefix = probePrefixLength(threshold, size);
    const smallest = minOverlap(threshold, size);
    const lowest = firstOfSize[Math.min(smallest, largest + 1)]!;
    let touchedCount = 0;
    for (let p = 0; p < prefix; p++) {
      const token = set.tokens[p]!;
      const end = start[token + 1]!;
      for (let k = lowerBound(postings, start[token]!, end, lowest); k < end; k++) {
        const other = postings[k]!;
        if (other >= position) break;
        if (counts[other] === 0) {
          touched[touchedCount++] = other;
          // Positional filter: the first shared token sits at p in x and at offsets[k] in y, and
          // every other shared token comes after it in both, which bounds the overlap.
          const otherSize = sizes[other]!;
          const bound = 1 + Math.min(size - p - 1, otherSize - offsets[k]! - 1);
          if (bound < minOverlap(ratio, size + otherSize)) {
            counts[other] = pruned;
            continue;
          }
        }
        counts[other]! += 1;
      }
    }
    for (let t = 0; t < touchedCount; t++) {
      const other = touched[t]!;
      const shared = counts[other]!;
      counts[other] = 0;
      const tokens = sets[other]!.tokens;
      if (shared < 0) continue;
      if (shared < Math.min(sharedPrefixTokens, minOverlap(threshold, tokens.length))) continue;
      // |x ∩ y| / |x ∪ y| ≥ t  ⇔  |x ∩ y| ≥ t/(1+t) · (|x| + |y|)
      const needed = minOverlap(threshold / (1 + threshold), size + tokens.length);
      const common = overlapReaching(set.tokens, tokens, needed);
      if (common < 0) continue;
      const similarity = common / (size + tokens.length - common);
      if (similarity + slack < threshold) continue;
      const otherId = sets[other]!.id;
      out.push(
        set.id < otherId
          ? {a: set.id, b: otherId, similarity}
          : {a: otherId, b: set.id, similarity},
      );
    }
  }
}

function* similarPairs(
  items: readonly SimilarityItem[],
  threshold: number,
): Generator<void, SimilarPair[]> {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be in (0, 1]');
  const {encoded, tokenCount} = yield* encode(items);
  const groups = new Map<string, Encoded[]>();
  items.forEach((item, position) => {
    const members = groups.get(item.group);
    if (members) members.push(encoded[position]!);
    else groups.set(item.group, [encoded[position]!]);
  });
  const out: SimilarPair[] = [];
  for (const members of groups.values()) yield* joinGroup(members, threshold, tokenCount, out);
  return out;
}

/**
 * Every pair of same-group items whose pg_trgm-style trigram sets have Jaccard similarity ≥
 * `threshold` (0 < threshold ≤ 1), without comparing all pairs.
 */
export function findSimilarPairs(
  items: readonly SimilarityItem[],
  threshold: number,
): SimilarPair[] {
  const run = similarPairs(items, threshold);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/**
 * {@link findSimilarPairs} in slices of a few milliseconds with the event loop free in between,
 * so database writes started before it keep flowing while it runs.
 */
export async function findSimilarPairsCooperatively(
  items: readonly SimilarityItem[],
  threshold: number,
): Promise<SimilarPair[]> {
  const run = similarPairs(items, threshold);
  let step = run.next();
  while (!step.done) {
    await new Promise<void>((resolve) => setImmediate(resolve));
    step = run.next();
  }
  return step.value;
}
