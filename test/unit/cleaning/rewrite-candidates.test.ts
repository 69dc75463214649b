import {expect, it} from 'vitest';
import type {CleanedAtom} from '../../../source/cleaning/pipeline/grade-step.js';
import {selectRewriteCandidates} from '../../../source/cleaning/pipeline/rewrite-step.js';

// Issue 17, defect 10 (the same rule for Gemini): atoms of one sync share created_at and get
// random uuids, so which equally bad cards a limited rewrite run sends must not follow the uuid.
function atom(id: string, cardId: string): CleanedAtom {
  return {
    id,
    atomType: 'flashcard',
    front: `List the layers ${cardId}`,
    storedFront: `List the layers ${cardId}`,
    storedPlain: `List the layers ${cardId}`,
    score: 40,
    grade: 'F',
    qualityScore: 0.4,
    atomicityStatus: 'needs_split',
    needsReview: true,
    ankiLinked: false,
    createdAt: Date.UTC(2025, 0, 1),
    cardId,
  };
}

it('picks the same card whichever uuid each got', () => {
  const low = '00000000-0000-4000-8000-000000000001';
  const high = 'ffffffff-ffff-4fff-bfff-ffffffffffff';
  const first = selectRewriteCandidates([atom(low, 'NET-2'), atom(high, 'NET-1')], new Set(), 1);
  const swapped = selectRewriteCandidates([atom(high, 'NET-2'), atom(low, 'NET-1')], new Set(), 1);
  expect(first.map((a) => a.cardId)).toEqual(['NET-1']);
  expect(swapped.map((a) => a.cardId)).toEqual(['NET-1']);
});
