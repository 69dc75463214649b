import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findSimilarPairs, type SimilarityItem} from '../../../source/cleaning/near-duplicates.js';
import {
  asciiTrigramCode,
  asciiTrigramCodes,
  trigramSet,
  trigramSimilarity,
} from '../../../source/cleaning/trigrams.js';

function bruteForce(items: readonly SimilarityItem[], threshold: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < items.length; i++) {
    for (let j = i + 1; j < items.length; j++) {
      const x = items[i]!;
      const y = items[j]!;
      if (x.group !== y.group) continue;
      if (trigramSimilarity(x.text, y.text) < threshold) continue;
      out.push(x.id < y.id ? `${x.id} ${y.id}` : `${y.id} ${x.id}`);
    }
  }
  return out.sort();
}

const keys = (pairs: readonly {a: string; b: string}[]) =>
  pairs.map((pair) => `${pair.a} ${pair.b}`).sort();

// Small alphabets and word pools make similar texts common, so the join has real work.
const word = fc.constantFrom('tcp', 'udp', 'the', 'role', 'layer', 'of', 'is', 'what', 'dns', 'a1');
const text = fc
  .array(fc.oneof(word, fc.stringMatching(/^[a-cé1 ,.?-]{0,6}$/)), {maxLength: 8})
  .map((words) => words.join(' '));
const itemsArb = fc
  .array(fc.record({group: fc.constantFrom('flashcard', 'cloze'), text}), {maxLength: 40})
  .map((rows) => rows.map((row, index) => ({...row, id: `id${String(index).padStart(3, '0')}`})));

describe('trigramSet', () => {
  it('pads each lower-cased word of letters and digits like pg_trgm', () => {
    expect(trigramSet('Hi, X-1').sort()).toEqual(
      ['  h', ' hi', 'hi ', '  x', ' x ', '  1', ' 1 '].sort(),
    );
    expect(trigramSet('...')).toEqual([]);
    expect(trigramSet('ΣΊΣ')).toContain('σίσ');
  });
});

describe('asciiTrigramCodes', () => {
  it('numbers exactly the trigrams trigramSet gives, and declines text beyond ASCII', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[ -~\t\n]{0,40}$/), (text) => {
        const expected = trigramSet(text).map(asciiTrigramCode);
        expect(expected.every((code) => code >= 0)).toBe(true);
        expect([...(asciiTrigramCodes(text) ?? [])]).toEqual(expected.sort((a, b) => a - b));
      }),
      {numRuns: 500},
    );
    expect(asciiTrigramCodes('café')).toBeNull();
    expect(asciiTrigramCode('é  ')).toBe(-1);
  });
});

describe('findSimilarPairs', () => {
  it('finds exactly the pairs the all-pairs comparison finds', () => {
    fc.assert(
      fc.property(itemsArb, fc.constantFrom(0.3, 0.5, 0.8, 0.85, 1), (items, threshold) => {
        expect(keys(findSimilarPairs(items, threshold))).toEqual(bruteForce(items, threshold));
      }),
      {numRuns: 300},
    );
  });

  it('reports the Jaccard similarity and pairs only within a group', () => {
    const items = [
      {id: 'a', group: 'flashcard', text: 'What is the role of the transport layer?'},
      {id: 'b', group: 'flashcard', text: 'What is the role of the transport layers?'},
      {id: 'c', group: 'cloze', text: 'What is the role of the transport layer?'},
    ];
    const pairs = findSimilarPairs(items, 0.8);
    expect(keys(pairs)).toEqual(['a b']);
    expect(pairs[0]!.similarity).toBeCloseTo(trigramSimilarity(items[0]!.text, items[1]!.text));
    expect(() => findSimilarPairs(items, 0)).toThrow(RangeError);
  });
});
