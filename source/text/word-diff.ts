/** One run of a word diff. */
export interface DiffSegment {
  type: 'same' | 'insert' | 'delete';
  text: string;
}

/** One run of a sequence diff: `count` items starting at `aIndex` / `bIndex`. */
export interface SequenceOp {
  type: 'same' | 'insert' | 'delete';
  aIndex: number;
  bIndex: number;
  count: number;
}

// Words, whitespace runs, single CJK ideographs/kana and single punctuation marks: a rewrite
// that changes one comma or one space shows as exactly that change.
const tokenPattern =
  /\s+|[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]|[\p{L}\p{M}\p{N}_]+|[^\s\p{L}\p{M}\p{N}_]/gu;

/** Splits text into diff tokens; joining the tokens gives the text back. */
export function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

/**
 * Word-level diff of `before` → `after`. Joining `same`+`delete` texts gives `before`, joining
 * `same`+`insert` gives `after`; in a changed run the deletion comes first.
 */
export function diffWords(before: string, after: string): DiffSegment[] {
  const a = tokenize(before);
  const b = tokenize(after);
  const segments: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flushChange = () => {
    if (deleted !== '') segments.push({type: 'delete', text: deleted});
    if (inserted !== '') segments.push({type: 'insert', text: inserted});
    deleted = '';
    inserted = '';
  };
  for (const op of diffSequences(a, b)) {
    if (op.type === 'delete') deleted += a.slice(op.aIndex, op.aIndex + op.count).join('');
    else if (op.type === 'insert') inserted += b.slice(op.bIndex, op.bIndex + op.count).join('');
    else {
      flushChange();
      segments.push({type: 'same', text: a.slice(op.aIndex, op.aIndex + op.count).join('')});
    }
  }
  flushChange();
  return segments;
}

/**
 * A shortest edit script between two sequences (so the `same` runs form a longest common
 * subsequence): Myers' O((N+M)·D) algorithm in linear space, splitting at the middle snake.
 */
export function diffSequences<T>(a: readonly T[], b: readonly T[]): SequenceOp[] {
  // Compare interned integers instead of strings/objects in the hot loops.
  const ids = new Map<T, number>();
  const intern = (item: T): number => {
    let id = ids.get(item);
    if (id === undefined) {
      id = ids.size;
      ids.set(item, id);
    }
    return id;
  };
  const ai = Int32Array.from(a, intern);
  const bi = Int32Array.from(b, intern);
  const ops: SequenceOp[] = [];
  const push = (type: SequenceOp['type'], aIndex: number, bIndex: number, count: number) => {
    if (count === 0) return;
    const last = ops.at(-1);
    if (last?.type === type && type !== 'insert' && last.aIndex + last.count === aIndex) {
      last.count += count;
    } else if (last?.type === type && type === 'insert' && last.bIndex + last.count === bIndex) {
      last.count += count;
    } else ops.push({type, aIndex, bIndex, count});
  };
  diffRange(ai, 0, ai.length, bi, 0, bi.length, push);
  return ops;
}

type Push = (type: SequenceOp['type'], aIndex: number, bIndex: number, count: number) => void;

function diffRange(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
  push: Push,
): void {
  let prefix = 0;
  while (aLo + prefix < aHi && bLo + prefix < bHi && a[aLo + prefix] === b[bLo + prefix]) prefix++;
  push('same', aLo, bLo, prefix);
  aLo += prefix;
  bLo += prefix;
  let suffix = 0;
  while (aHi - suffix > aLo && bHi - suffix > bLo && a[aHi - suffix - 1] === b[bHi - suffix - 1]) {
    suffix++;
  }
  aHi -= suffix;
  bHi -= suffix;
  if (aLo === aHi || bLo === bHi) {
    push('delete', aLo, bLo, aHi - aLo);
    push('insert', aHi, bLo, bHi - bLo);
  } else {
    const split = middleSnake(a, aLo, aHi, b, bLo, bHi);
    if (split === undefined) {
      push('delete', aLo, bLo, aHi - aLo);
      push('insert', aHi, bLo, bHi - bLo);
    } else {
      diffRange(a, aLo, aLo + split[0], b, bLo, bLo + split[1], push);
      diffRange(a, aLo + split[0], aHi, b, bLo + split[1], bHi, push);
    }
  }
  push('same', aHi, bHi, suffix);
}

// Walks forward and backward D-paths at once until they overlap; returns the (x, y) where
// they meet, relative to the range start, or undefined when nothing is in common.
function middleSnake(
  a: Int32Array,
  aLo: number,
  aHi: number,
  b: Int32Array,
  bLo: number,
  bHi: number,
): [number, number] | undefined {
  const n = aHi - aLo;
  const m = bHi - bLo;
  const maxD = Math.ceil((n + m) / 2);
  const offset = maxD;
  const length = 2 * maxD + 2;
  const forward = new Int32Array(length).fill(-1);
  const backward = new Int32Array(length).fill(-1);
  forward[offset + 1] = 0;
  backward[offset + 1] = 0;
  const delta = n - m;
  const frontOverlaps = delta % 2 !== 0;
  let k1Start = 0;
  let k1End = 0;
  let k2Start = 0;
  let k2End = 0;
  for (let d = 0; d < maxD; d++) {
    for (let k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
      const i = offset + k1;
      let x1 =
        k1 === -d || (k1 !== d && forward[i - 1]! < forward[i + 1]!)
          ? forward[i + 1]!
          : forward[i - 1]! + 1;
      let y1 = x1 - k1;
      while (x1 < n && y1 < m && a[aLo + x1] === b[bLo + y1]) {
        x1++;
        y1++;
      }
      forward[i] = x1;
      if (x1 > n) k1End += 2;
      else if (y1 > m) k1Start += 2;
      else if (frontOverlaps) {
        const j = offset + delta - k1;
        if (j >= 0 && j < length && backward[j] !== -1 && x1 >= n - backward[j]!) return [x1, y1];
      }
    }
    for (let k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
      const j = offset + k2;
      let x2 =
        k2 === -d || (k2 !== d && backward[j - 1]! < backward[j + 1]!)
          ? backward[j + 1]!
          : backward[j - 1]! + 1;
      let y2 = x2 - k2;
      while (x2 < n && y2 < m && a[aHi - x2 - 1] === b[bHi - y2 - 1]) {
        x2++;
        y2++;
      }
      backward[j] = x2;
      if (x2 > n) k2End += 2;
      else if (y2 > m) k2Start += 2;
      else if (!frontOverlaps) {
        const i = offset + delta - k2;
        if (i >= 0 && i < length && forward[i] !== -1) {
          const x1 = forward[i]!;
          const y1 = offset + x1 - i;
          if (x1 >= n - x2) return [x1, y1];
        }
      }
    }
  }
  return undefined;
}
