import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  type DiffSegment,
  diffSequences,
  diffWords,
  tokenize,
} from '../../../source/text/word-diff.js';

const side = (segments: DiffSegment[], skip: DiffSegment['type']) =>
  segments
    .filter((segment) => segment.type !== skip)
    .map((segment) => segment.text)
    .join('');

// Textbook O(n·m) LCS length, the reference the fast diff must agree with.
function lcsLength<T>(a: readonly T[], b: readonly T[]): number {
  let previous = new Array<number>(b.length + 1).fill(0);
  for (const item of a) {
    const row = [0];
    for (let j = 1; j <= b.length; j++) {
      row[j] = item === b[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    }
    previous = row;
  }
  return previous[b.length]!;
}

const wordText = fc
  .array(fc.constantFrom('the', 'cat', 'sat', ' ', '  ', ',', '.', 'on', '猫', 'é', '\n', 'mat'), {
    maxLength: 40,
  })
  .map((parts) => parts.join(''));

describe('tokenize', () => {
  it('splits words, whitespace runs, punctuation and single ideographs', () => {
    expect(tokenize('Hello,  world! 東京です')).toEqual([
      'Hello',
      ',',
      '  ',
      'world',
      '!',
      ' ',
      '東',
      '京',
      'で',
      'す',
    ]);
  });
});

describe('diffWords', () => {
  it('marks a changed word and a changed punctuation mark', () => {
    expect(diffWords('The quick brown fox.', 'The slow brown fox!')).toEqual([
      {type: 'same', text: 'The '},
      {type: 'delete', text: 'quick'},
      {type: 'insert', text: 'slow'},
      {type: 'same', text: ' brown fox'},
      {type: 'delete', text: '.'},
      {type: 'insert', text: '!'},
    ]);
  });

  it('handles empty sides', () => {
    expect(diffWords('', '')).toEqual([]);
    expect(diffWords('', 'new text')).toEqual([{type: 'insert', text: 'new text'}]);
    expect(diffWords('old', '')).toEqual([{type: 'delete', text: 'old'}]);
  });

  it('reproduces both sides for any pair of texts', () => {
    fc.assert(
      fc.property(wordText, wordText, (before, after) => {
        const segments = diffWords(before, after);
        expect(side(segments, 'insert')).toBe(before);
        expect(side(segments, 'delete')).toBe(after);
        for (const [index, segment] of segments.entries()) {
          expect(segment.text).not.toBe('');
          // Adjacent runs never share a type, and a change shows its deletion first.
          expect(segments[index + 1]?.type).not.toBe(segment.type);
          if (segment.type === 'insert') expect(segments[index + 1]?.type ?? 'same').toBe('same');
        }
      }),
    );
  });

  // How fast it is lives in bench/word-diff.bench.ts (no timings in unit tests).
  it('diffs a 2,000-word card, similar and unrelated', () => {
    const words = Array.from({length: 2000}, (_, i) => `word${(i * 7919) % 503}`);
    const before = words.join(' ');
    const after = words.map((word, i) => (i % 10 === 0 ? `new${i}` : word)).join(' ');
    const unrelated = Array.from({length: 2000}, (_, i) => `other${(i * 31) % 97}`).join(' ');
    const similar = diffWords(before, after);
    const different = diffWords(before, unrelated);
    expect(side(similar, 'delete')).toBe(after);
    expect(side(similar, 'insert')).toBe(before);
    expect(side(different, 'insert')).toBe(before);
    expect(side(different, 'delete')).toBe(unrelated);
  });
});

describe('diffSequences', () => {
  it('keeps a longest common subsequence (a shortest edit script)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({min: 0, max: 4}), {maxLength: 30}),
        fc.array(fc.integer({min: 0, max: 4}), {maxLength: 30}),
        (a, b) => {
          const ops = diffSequences(a, b);
          const kept = ops.filter((op) => op.type === 'same').reduce((n, op) => n + op.count, 0);
          expect(kept).toBe(lcsLength(a, b));
          const rebuiltA = ops
            .filter((op) => op.type !== 'insert')
            .flatMap((op) => a.slice(op.aIndex, op.aIndex + op.count));
          const rebuiltB = ops
            .filter((op) => op.type !== 'delete')
            .flatMap((op) => b.slice(op.bIndex, op.bIndex + op.count));
          for (const op of ops.filter((each) => each.type === 'same')) {
            expect(b.slice(op.bIndex, op.bIndex + op.count)).toEqual(
              a.slice(op.aIndex, op.aIndex + op.count),
            );
          }
          expect(rebuiltA).toEqual(a);
          expect(rebuiltB).toEqual(b);
        },
      ),
    );
  });
});
