import {describe, expect, it} from 'vitest';
import type {ReviewCard, ReviewItem} from '../../../source/review/review-types.js';
import {
  changedCards,
  editFormFields,
  editFormTexts,
  lineAt,
  markedGroups,
} from '../../../source/screens/review/review-edits.js';
import {initialReviewState, reviewReducer} from '../../../source/screens/review/review-state.js';

const card = (id: string, front: string, back: string | null): ReviewCard => ({
  id,
  front,
  back,
  content: null,
  qualityScore: null,
  grade: null,
  status: 'pending',
  approvedAtomId: null,
  reviewerNotes: null,
});

const item = (key: string, cards: ReviewCard[]): ReviewItem => ({
  key,
  ids: cards.map((entry) => entry.id),
  kind: cards.length > 1 ? 'split' : 'rewrite',
  source: 'gemini',
  batchId: null,
  status: 'pending',
  createdAt: new Date('2026-11-25T10:00:00Z'),
  qualityScore: null,
  aiConfidence: null,
  rewriteReason: null,
  reviewerNotes: null,
  original: null,
  proposedFrom: {front: 'old', back: null},
  originalChanged: false,
  cards,
});

const split = item('a1:b1', [
  card('q1', 'What is a ‘list’?', 'An ordered sequence'),
  card('q2', 'Second', null),
]);

describe('review edits', () => {
  it('puts the cursor at the end of a line, counting code points', () => {
    expect(lineAt('naïve 🙂')).toEqual({value: 'naïve 🙂', cursor: 7});
  });

  it('lays out front and back of every card as form fields, an absent back as empty', () => {
    expect(editFormFields(split).map((field) => field.value)).toEqual([
      'What is a ‘list’?',
      'An ordered sequence',
      'Second',
      '',
    ]);
  });

  it('reads the form back trimmed, an empty back as no back', () => {
    const fields = ['  Front one ', ' ', 'Front two', ' back two '].map(lineAt);
    expect(editFormTexts(split, fields)).toEqual([
      {front: 'Front one', back: null},
      {front: 'Front two', back: 'back two'},
    ]);
  });

  it('keeps only the cards whose text changed, a missing back equal to an empty one', () => {
    expect(
      changedCards(split, [{front: split.cards[0]!.front, back: 'An ordered sequence'}]),
    ).toEqual({});
    expect(
      changedCards(split, [
        {front: 'What is a ‘list’?', back: 'An ordered sequence'},
        {front: 'Second', back: ''},
      ]),
    ).toEqual({});
    expect(
      changedCards(split, [
        {front: 'What is a ‘list’?', back: 'A sequence'},
        {front: 'Second', back: null},
      ]),
    ).toEqual({q1: {front: 'What is a ‘list’?', back: 'A sequence'}});
  });

  it('gathers the marked items as one decision', () => {
    const other = item('a2:b1', [card('q3', 'Third', null)]);
    let state = reviewReducer(initialReviewState(), {type: 'toggle-mark', item: split});
    state = reviewReducer(state, {type: 'toggle-mark', item: other});
    expect(markedGroups(state)).toEqual({keys: ['a1:b1', 'a2:b1'], ids: ['q1', 'q2', 'q3']});
    expect(markedGroups(initialReviewState())).toEqual({keys: [], ids: []});
  });
});
