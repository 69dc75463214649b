import {expect, it} from 'vitest';
import {diffWords} from '../source/text/word-diff.js';
import {median, record} from './recorder.js';

// The review screen diffs a card's text against Gemini's rewrite on every proposal it shows;
// a long card (2,000 words, a page body pasted into a back) must still draw at once.
function card(words: number, salt: string): string {
  return Array.from({length: words}, (_, i) => `${salt}${(i * 7919) % 503}`).join(' ');
}
const edited = (text: string) =>
  text
    .split(' ')
    .map((word, i) => (i % 10 === 0 ? `new${i}` : word))
    .join(' ');

function timeDiff(before: string, after: string, runs: number): number[] {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    expect(diffWords(before, after).length).toBeGreaterThan(0);
    times.push(performance.now() - started);
  }
  return times;
}

it('word diff of a 2,000-word card against a rewrite', () => {
  const long = card(2000, 'word');
  const short = card(200, 'word');
  timeDiff(long, edited(long), 3); // warm-up: JIT
  const similar = timeDiff(long, edited(long), 9);
  const unrelated = timeDiff(long, card(2000, 'other'), 5);
  const reference = timeDiff(short, edited(short), 9);
  record({
    id: 'review.word-diff.similar.ms',
    job: 'Word diff, 2,000-word card vs a rewrite changing every tenth word (median of 9)',
    value: median(similar),
    unit: 'ms',
    reference: {label: 'the same diff of a 200-word card', value: median(reference)},
    target: {op: '<', value: 100, describe: '< 100 ms'},
  });
  record({
    id: 'review.word-diff.unrelated.ms',
    job: 'Word diff, 2,000-word card vs an unrelated 2,000-word text (worst case, median of 5)',
    value: median(unrelated),
    unit: 'ms',
    reference: {label: 'the similar 2,000-word diff', value: median(similar)},
    target: {op: '<', value: 2000, describe: '< 2 s'},
  });
});
