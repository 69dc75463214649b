import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import type {QuizContent} from '../../../source/quiz/content.js';
import {gradeResponse} from '../../../source/quiz/grade.js';
import {
  correctResponse,
  presentItem,
  type QuizResponse,
  shuffledIndices,
} from '../../../source/quiz/present.js';
import {quizContentArbitrary, seededRandom} from './quiz-arbitraries.js';

function present(content: QuizContent, seed: number) {
  return presentItem({id: 'a', atomType: content.type, front: 'Q'}, content, seededRandom(seed));
}

/** The answer key in content terms, read back from a response in presented terms. */
function keyInContentTerms(content: QuizContent, seed: number, response: QuizResponse): unknown {
  const {view} = present(content, seed);
  if (view.type === 'mcq' && response.type === 'mcq') {
    return response.selected.map((at) => view.optionOrder[at]).sort((a, b) => a! - b!);
  }
  if (view.type === 'matching' && response.type === 'matching') {
    return response.pairs.map((at) => view.right[at!]);
  }
  if (view.type === 'parsons' && response.type === 'parsons') {
    return response.arrangement.map(({block}) => view.blocks[block]);
  }
  return response;
}

describe('presentItem', () => {
  it('permutes with Fisher–Yates', () => {
    fc.assert(
      fc.property(fc.integer({min: 0, max: 30}), fc.integer(), (n, seed) => {
        const order = shuffledIndices(n, seededRandom(seed));
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({length: n}, (_, i) => i));
      }),
    );
  });

  it('shows the same items, only reordered, and leaves the content untouched', () => {
    fc.assert(
      fc.property(quizContentArbitrary, fc.integer(), (content, seed) => {
        const before = structuredClone(content);
        const {view} = present(content, seed);
        expect(content).toEqual(before);
        if (view.type === 'mcq' && content.type === 'mcq') {
          expect(view.options).toEqual(view.optionOrder.map((i) => content.options[i]));
          expect(view.multi).toBe(content.correct.length > 1);
        }
        if (view.type === 'matching' && content.type === 'matching') {
          expect(view.left).toEqual(content.pairs.map((p) => p.left));
          expect(view.right).toEqual(view.rightOrder.map((i) => content.pairs[i]!.right));
          expect(view.rightOrder).not.toEqual(view.rightOrder.map((_, i) => i));
        }
        if (view.type === 'parsons' && content.type === 'parsons') {
          const lines = view.blocks.filter((b) => b.source === 'line');
          expect(lines.map((b) => b.text).sort()).toEqual(
            content.lines.map((l) => l.trim()).sort(),
          );
          expect(lines.map((b) => b.index)).not.toEqual(content.lines.map((_, i) => i));
          expect(view.blocks.length).toBe(
            content.lines.length + (content.distractors?.length ?? 0),
          );
        }
      }),
      {numRuns: 300},
    );
  });

  it('never changes the answer key, whatever the shuffle', () => {
    fc.assert(
      fc.property(quizContentArbitrary, fc.integer(), fc.integer(), (content, seedA, seedB) => {
        const keyA = keyInContentTerms(content, seedA, correctResponse(present(content, seedA)));
        const keyB = keyInContentTerms(content, seedB, correctResponse(present(content, seedB)));
        expect(keyA).toEqual(keyB);
        if (content.type === 'mcq') expect(keyA).toEqual(content.correct);
        if (content.type === 'true_false')
          expect(keyA).toEqual({type: 'true_false', value: content.answer});
        if (content.type === 'matching') expect(keyA).toEqual(content.pairs.map((p) => p.right));
      }),
      {numRuns: 300},
    );
  });

  it('grades the correct answer 1 for every content and shuffle', () => {
    fc.assert(
      fc.property(quizContentArbitrary, fc.integer(), (content, seed) => {
        const item = present(content, seed);
        expect(gradeResponse(item, correctResponse(item))).toMatchObject({score: 1, correct: true});
      }),
      {numRuns: 300},
    );
  });

  it('gives partial scores within 0..1 for any response', () => {
    fc.assert(
      fc.property(quizContentArbitrary, fc.integer(), fc.integer(), (content, seed, answerSeed) => {
        const item = present(content, seed);
        const random = seededRandom(answerSeed);
        const key = correctResponse(item);
        let response: QuizResponse = key;
        if (key.type === 'mcq' && item.view.type === 'mcq') {
          response = {
            type: 'mcq',
            selected: item.view.options.flatMap((_, i) => (random() < 0.5 ? [i] : [])),
          };
        } else if (key.type === 'matching') {
          response = {type: 'matching', pairs: shuffledIndices(key.pairs.length, random)};
        } else if (key.type === 'parsons' && item.view.type === 'parsons') {
          const order = shuffledIndices(item.view.blocks.length, random);
          response = {
            type: 'parsons',
            arrangement: order.map((block) => ({block, level: Math.floor(random() * 3)})),
          };
        }
        const {score, correct} = gradeResponse(item, response);
        expect(score).toBeGreaterThanOrEqual(0);
        expect(score).toBeLessThanOrEqual(1);
        expect(correct).toBe(score === 1);
      }),
      {numRuns: 300},
    );
  });
});
