import {setImmediate as pause} from 'node:timers/promises';
import {encodeTokenSets, type TokenSets, type Tokens} from './trigram-tokens.js';

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

// The join yields after this many sets (a few milliseconds of work), so a caller can let other
// work, such as feeding the database its writes, go on in between.
const pauseEvery = 2048;

// The size of the intersection of two ascending runs of `tokens`, or -1 as soon as it can no
// longer reach `needed`: most candidates fall short, and stopping early is what makes verifying
// a million of them cheap.
// (Five plain numbers rather than ranges: this runs a million times and must not allocate.)
function overlapReaching(
  tokens: Tokens,
  xFrom: number,
  xTo: number,
  yFrom: number,
  yTo: number,
  needed: number,
): number {
  let i = xFrom;
  let j = yFrom;
  let shared = 0;
  while (i < xTo && j < yTo) {
    if (shared + Math.min(xTo - i, yTo - j) < needed) return -1;
    const a = tokens[i]!;
    const b = tokens[j]!;
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

// One group's sets, smallest first: where each set's tokens begin and how many it has.
interface GroupSets {
  readonly members: Int32Array;
  readonly from: Int32Array;
  readonly sizes: Int32Array;
}

function groupSets(members: readonly number[], encoded: TokenSets): GroupSets {
  const {start} = encoded;
  const size = (item: number) => start[item + 1]! - start[item]!;
  const sorted = Int32Array.from(members).sort((x, y) => size(x) - size(y));
  return {
    members: sorted,
    from: sorted.map((item) => start[item]!),
    sizes: sorted.map(size),
  };
}

// The inverted index of every set's indexed prefix as flat typed arrays (postings of a token are
// the positions of the sets holding it, ascending): scanning them is what dominates at 100,000
// cards, and flat arrays scan several times faster than a Map of JS arrays.
function prefixIndex(sets: GroupSets, tokens: Tokens, threshold: number, tokenCount: number) {
  const {from, sizes} = sets;
  const start = new Int32Array(tokenCount + 1);
  for (let position = 0; position < sizes.length; position++) {
    const prefix = indexPrefixLength(threshold, sizes[position]!);
    const base = from[position]!;
    for (let p = 0; p < prefix; p++) start[tokens[base + p]! + 1]! += 1;
  }
  for (let token = 0; token < tokenCount; token++) start[token + 1]! += start[token]!;
  const postings = new Int32Array(start[tokenCount]!);
  const offsets = new Int32Array(postings.length);
  const fill = start.slice(0, tokenCount);
  for (let position = 0; position < sizes.length; position++) {
    const prefix = indexPrefixLength(threshold, sizes[position]!);
    const base = from[position]!;
    for (let p = 0; p < prefix; p++) {
      const slot = fill[tokens[base + p]!]!++;
      postings[slot] = position;
      offsets[slot] = p;
    }
  }
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
  members: readonly number[],
  encoded: TokenSets,
  items: readonly SimilarityItem[],
  threshold: number,
  out: SimilarPair[],
): Generator<void> {
  const {tokens, tokenCount} = encoded;
  const sets = groupSets(members, encoded);
  const {from, sizes} = sets;
  const {start, postings, offsets} = prefixIndex(sets, tokens, threshold, tokenCount);
  const ratio = threshold / (1 + threshold);
  const count = sizes.length;
  const largest = count > 0 ? sizes[count - 1]! : 0;
  // firstOfSize[n]: the first position whose set has at least n tokens.
  const firstOfSize = new Int32Array(largest + 2).fill(count);
  for (let position = count - 1; position >= 0; position--) {
    firstOfSize[sizes[position]!] = position;
  }
  for (let size = largest; size >= 0; size--) {
    firstOfSize[size] = Math.min(firstOfSize[size]!, firstOfSize[size + 1]!);
  }
  const counts = new Int32Array(count);
  const touched = new Int32Array(count);
  for (let position = 0; position < count; position++) {
    if (position % pauseEvery === pauseEvery - 1) yield;
    const size = sizes[position]!;
    if (size === 0) continue;
    const base = from[position]!;
    const prefix = probePrefixLength(threshold, size);
    const smallest = minOverlap(threshold, size);
    const lowest = firstOfSize[Math.min(smallest, largest + 1)]!;
    let touchedCount = 0;
    for (let p = 0; p < prefix; p++) {
      const token = tokens[base + p]!;
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
      const otherSize = sizes[other]!;
      if (shared < 0) continue;
      if (shared < Math.min(sharedPrefixTokens, minOverlap(threshold, otherSize))) continue;
      // |x ∩ y| / |x ∪ y| ≥ t  ⇔  |x ∩ y| ≥ t/(1+t) · (|x| + |y|)
      const needed = minOverlap(ratio, size + otherSize);
      const otherBase = from[other]!;
      const common = overlapReaching(
        tokens,
        base,
        base + size,
        otherBase,
        otherBase + otherSize,
        needed,
      );
      if (common < 0) continue;
      const similarity = common / (size + otherSize - common);
      if (similarity + slack < threshold) continue;
      const id = items[sets.members[position]!]!.id;
      const otherId = items[sets.members[other]!]!.id;
      out.push(id < otherId ? {a: id, b: otherId, similarity} : {a: otherId, b: id, similarity});
    }
  }
}

function* similarPairs(
  items: readonly SimilarityItem[],
  threshold: number,
): Generator<void, SimilarPair[]> {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError('threshold must be in (0, 1]');
  const encoded = yield* encodeTokenSets(items, pauseEvery);
  const groups = new Map<string, number[]>();
  items.forEach((item, index) => {
    const members = groups.get(item.group);
    if (members) members.push(index);
    else groups.set(item.group, [index]);
  });
  const out: SimilarPair[] = [];
  for (const members of groups.values()) {
    yield* joinGroup(members, encoded, items, threshold, out);
  }
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
    await pause();
    step = run.next();
  }
  return step.value;
}
