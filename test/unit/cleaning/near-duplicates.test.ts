import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {findSimilarPairs, type SimilarityItem} from '../../../source/cleaning/near-duplicates.js';
import {
  asciiTrigramCode,
  asciiTrigramCodes,
  trigramSet,
  trigramSimilarity,
} from '../../../source/cleaning/trigrams.js';
import {seededRandom} from '../../../source/demo/seeded-random.js';

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

  it('still finds every pair when the texts hold more than 65,536 distinct trigrams', () => {
    // Random CJK text: nearly every trigram is new, so the token ids outgrow 16 bits.
    const random = seededRandom(12345);
    const text = () =>
      Array.from({length: 60}, () =>
        String.fromCharCode(0x4e00 + Math.floor(random() * 20000)),
      ).join('');
    const items: SimilarityItem[] = Array.from({length: 1500}, (_, index) => ({
      id: `id${String(index).padStart(4, '0')}`,
      group: 'flashcard',
      text: text(),
    }));
    // Near copies: the same text with its last character changed.
    for (let index = 0; index < 20; index++) {
      const original = items[index * 50]!.text;
      items.push({
        id: `copy${String(index).padStart(2, '0')}`,
        group: 'flashcard',
        text: `${original.slice(0, -1)}\u3042`,
      });
    }
    const sets = items.map((item) => new Set(trigramSet(item.text)));
    expect(new Set(sets.flatMap((set) => [...set])).size).toBeGreaterThan(65_536);
    const expected: string[] = [];
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        let shared = 0;
        for (const gram of sets[j]!) if (sets[i]!.has(gram)) shared += 1;
        if (shared / (sets[i]!.size + sets[j]!.size - shared) < 0.85) continue;
        const [a, b] = [items[i]!.id, items[j]!.id].sort();
        expected.push(`${a} ${b}`);
      }
    }
    expect(expected).toHaveLength(20);
    expect(keys(findSimilarPairs(items, 0.85))).toEqual(expected.sort());
  });
});
