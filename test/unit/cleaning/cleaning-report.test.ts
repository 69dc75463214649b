import {expect, it} from 'vitest';
import {type CleaningReport, cleaningNextSteps} from '../../../source/cleaning/pipeline/index.js';

const report = (over: Partial<CleaningReport>): CleaningReport => ({
  dryRun: false,
  runId: 'run-1',
  batchId: 'run-1',
  atoms: 10,
  grades: {A: 8, B: 0, C: 0, D: 1, F: 1},
  atomicity: {atomic: 10, verbose: 0, needs_split: 0},
  needsReview: 2,
  changes: {regraded: 10, normalized: 1, logged: 11},
  duplicates: {groups: 0, duplicates: 0, proposals: 0, alreadyProposed: 0},
  nearPass: {
    mode: 'full',
    reason: 'no earlier run to build on',
    changed: null,
    candidates: 0,
    pairs: 0,
  },
  rewrite: null,
  pendingReviews: 0,
  seconds: 0.1,
  ...over,
});

it('with no cards points to the sync (or the demo), and nothing else', () => {
  expect(cleaningNextSteps(report({atoms: 0, needsReview: 0, dryRun: true}))).toEqual([
    'There are no cards yet: run nls sync notion first (or nls demo to try nls on a demo course).',
  ]);
});

it('says what to run next, in order', () => {
  expect(cleaningNextSteps(report({dryRun: true, pendingReviews: 3}))).toEqual([
    'Nothing was written: run nls clean to apply these changes.',
    '3 proposals wait for review: run nls review.',
  ]);
  expect(cleaningNextSteps(report({}))).toEqual([
    '2 cards are graded D or F: run nls clean --rewrite to ask Gemini for better versions.',
  ]);
  expect(cleaningNextSteps(report({needsReview: 1, pendingReviews: 1}))).toEqual([
    '1 proposal waits for review: run nls review.',
    '1 card is graded D or F: run nls clean --rewrite to ask Gemini for better versions.',
  ]);
});
