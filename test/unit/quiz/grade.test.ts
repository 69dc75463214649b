import {describe, expect, it} from 'vitest';
import type {QuizContent} from '../../../source/quiz/content.js';
import {gradeResponse} from '../../../source/quiz/grade.js';
import {type PresentedItem, presentItem} from '../../../source/quiz/present.js';

/** Identity-ish presentation: random() = 0.999… keeps Fisher–Yates from moving anything. */
const keepOrder = () => 0.999999;

function present(content: QuizContent): PresentedItem {
  return presentItem({id: 'a1', atomType: content.type, front: 'Q?'}, content, keepOrder);
}

describe('grading mcq', () => {
  const single = present({type: 'mcq', options: ['a', 'b', 'c'], correct: [1]});
  const multi = present({type: 'mcq', options: ['a', 'b', 'c', 'd'], correct: [0, 2]});

  it('gives all or nothing for a single answer', () => {
    expect(gradeResponse(single, {type: 'mcq', selected: [1]})).toMatchObject({
      score: 1,
      correct: true,
    });
    expect(gradeResponse(single, {type: 'mcq', selected: [0]})).toMatchObject({
      score: 0,
      correct: false,
    });
    expect(gradeResponse(single, {type: 'mcq', selected: []}).score).toBe(0);
  });

  it('gives per-option credit for several answers, wrong picks cancelling right ones', () => {
    expect(gradeResponse(multi, {type: 'mcq', selected: [0, 2]})).toMatchObject({
      score: 1,
      correct: true,
    });
    expect(gradeResponse(multi, {type: 'mcq', selected: [0]})).toMatchObject({
      score: 0.5,
      correct: false,
    });
    expect(gradeResponse(multi, {type: 'mcq', selected: [0, 1]}).score).toBe(0);
    expect(gradeResponse(multi, {type: 'mcq', selected: [0, 1, 2, 3]}).score).toBe(0);
    const {details} = gradeResponse(multi, {type: 'mcq', selected: [0, 1]});
    expect(details).toEqual({
      type: 'mcq',
      options: [
        {option: 0, selected: true, correct: true},
        {option: 1, selected: true, correct: false},
        {option: 2, selected: false, correct: true},
        {option: 3, selected: false, correct: false},
      ],
    });
  });
});

describe('grading true_false', () => {
  const item = present({type: 'true_false', answer: false});
  it('is right or wrong, and unanswered is wrong', () => {
    expect(gradeResponse(item, {type: 'true_false', value: false}).score).toBe(1);
    expect(gradeResponse(item, {type: 'true_false', value: true}).score).toBe(0);
    expect(gradeResponse(item, {type: 'true_false', value: null})).toMatchObject({
      score: 0,
      details: {expected: false, given: null},
    });
  });
});

describe('grading matching', () => {
  const content: QuizContent = {
    type: 'matching',
    pairs: [
      {left: 'a', right: '1'},
      {left: 'b', right: '2'},
      {left: 'c', right: '3'},
      {left: 'd', right: '4'},
    ],
  };
  const item = present(content);
  if (item.view.type !== 'matching') throw new Error('matching view expected');
  const {rightOrder} = item.view;
  const key = content.pairs.map((_, left) => rightOrder.indexOf(left));

  it('never presents the right column in the solved order', () => {
    expect(rightOrder).not.toEqual([0, 1, 2, 3]);
  });

  it('gives the share of correct pairs', () => {
    expect(gradeResponse(item, {type: 'matching', pairs: key}).score).toBe(1);
    expect(
      gradeResponse(item, {type: 'matching', pairs: [key[0]!, key[1]!, key[2]!, null]}),
    ).toMatchObject({
      score: 0.75,
      correct: false,
    });
    const swapped = [key[1]!, key[0]!, key[2]!, key[3]!];
    expect(gradeResponse(item, {type: 'matching', pairs: swapped}).score).toBe(0.5);
  });
});

describe('grading parsons', () => {
  const content: QuizContent = {
    type: 'parsons',
    lines: ['def f(x):', '  if x:', '    return 1', '  return 0'],
    distractors: ['return -1'],
  };
  const item = present(content);
  if (item.view.type !== 'parsons') throw new Error('parsons view expected');
  const {blocks, indentUnit} = item.view;
  const block = (text: string) => blocks.findIndex((b) => b.text === text);
  const place = (...entries: [string, number][]) => ({
    type: 'parsons' as const,
    arrangement: entries.map(([text, level]) => ({block: block(text), level})),
  });
  const solution: [string, number][] = [
    ['def f(x):', 0],
    ['if x:', 1],
    ['return 1', 2],
    ['return 0', 1],
  ];

  it('uses a two-space level here and scores the solution 1', () => {
    expect(indentUnit).toBe(2);
    expect(gradeResponse(item, place(...solution))).toMatchObject({score: 1, correct: true});
  });

  it('takes a quarter of the credit for indentation', () => {
    const flat = place(['def f(x):', 0], ['if x:', 0], ['return 1', 0], ['return 0', 0]);
    const result = gradeResponse(item, flat);
    expect(result.score).toBe(0.813); // 0.75 × 1 + 0.25 × 1/4, to 3 decimals
    expect(result.details).toMatchObject({orderScore: 1, indentScore: 0.25});
    const oneOff = place(['def f(x):', 0], ['if x:', 1], ['return 1', 1], ['return 0', 1]);
    expect(gradeResponse(item, oneOff).score).toBe(0.938);
    expect(gradeResponse(item, oneOff).details).toMatchObject({
      blocks: [{status: 'ok'}, {status: 'ok'}, {status: 'wrong-indent'}, {status: 'ok'}],
    });
  });

  it('scores order by longest common subsequence', () => {
    const swapped = place(['def f(x):', 0], ['return 0', 1], ['if x:', 1], ['return 1', 2]);
    const result = gradeResponse(item, swapped);
    expect(result.details).toMatchObject({orderScore: 0.75, indentScore: 0.75});
    expect(result.score).toBe(0.75);
    expect(result.correct).toBe(false);
  });

  it('penalises a kept distractor and a missing line', () => {
    const withDistractor = place(...solution, ['return -1', 1]);
    const kept = gradeResponse(item, withDistractor);
    expect(kept.details).toMatchObject({orderScore: 0.8});
    expect(kept.score).toBe(0.85);
    if (kept.details.type !== 'parsons') throw new Error('parsons details expected');
    expect(kept.details.blocks.at(-1)?.status).toBe('distractor');
    const missing = gradeResponse(item, place(...solution.slice(0, 3)));
    expect(missing.details).toMatchObject({orderScore: 0.75, missing: [block('return 0')]});
  });

  it('ignores indentation when the answer has none', () => {
    const plain = present({type: 'parsons', lines: ['a', 'b', 'c']});
    if (plain.view.type !== 'parsons') throw new Error('parsons view expected');
    expect(plain.view.usesIndentation).toBe(false);
    const byText = (text: string, level: number) => ({
      block:
        plain.view.type === 'parsons' ? plain.view.blocks.findIndex((b) => b.text === text) : -1,
      level,
    });
    const response = {
      type: 'parsons' as const,
      arrangement: [byText('a', 3), byText('b', 0), byText('c', 1)],
    };
    expect(gradeResponse(plain, response)).toMatchObject({score: 1, correct: true});
  });

  it('matches repeated lines by text', () => {
    const repeated = present({type: 'parsons', lines: ['if a:', '  x()', 'if b:', '  x()']});
    if (repeated.view.type !== 'parsons') throw new Error('parsons view expected');
    const order = repeated.view.blocks.map((b, at) => ({b, at}));
    const ifs = order.filter(({b}) => b.text.startsWith('if'));
    const calls = order.filter(({b}) => b.text === 'x()');
    // Put the two identical lines the "other way round": still a perfect answer.
    const arrangement = [
      {block: ifs.find(({b}) => b.text === 'if a:')!.at, level: 0},
      {block: calls[1]!.at, level: 1},
      {block: ifs.find(({b}) => b.text === 'if b:')!.at, level: 0},
      {block: calls[0]!.at, level: 1},
    ];
    expect(gradeResponse(repeated, {type: 'parsons', arrangement}).score).toBe(1);
  });
});
