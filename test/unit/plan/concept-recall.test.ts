import {fsrs, generatorParameters} from 'ts-fsrs';
import {expect, it} from 'vitest';
import {conceptRecall} from '../../../source/plan/concept-recall.js';

it('averages the forgetting curve of a concept’s atoms now and at the exam', () => {
  const day = 86_400_000;
  const now = Date.UTC(2026, 2, 10, 12);
  const exam = now + 30 * day;
  const atoms = [
    {conceptId: 'a', stability: 5, lastReviewAt: new Date(now - 2 * day)},
    {conceptId: 'a', stability: 40, lastReviewAt: new Date(now - 10 * day)},
    {conceptId: 'b', stability: 12, lastReviewAt: new Date(now)},
  ];
  const f = fsrs(generatorParameters({enable_fuzz: false}));
  const result = conceptRecall(atoms, now, exam);
  const a = result.get('a')!;
  expect(a.now).toBeCloseTo((f.forgetting_curve(2, 5) + f.forgetting_curve(10, 40)) / 2, 7);
  expect(a.exam).toBeCloseTo((f.forgetting_curve(32, 5) + f.forgetting_curve(40, 40)) / 2, 7);
  expect(result.get('b')!.now).toBeCloseTo(1, 7);
  expect(a.exam).toBeLessThan(a.now);
});
