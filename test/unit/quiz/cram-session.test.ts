import {expect, it} from 'vitest';
import {
  cramReducer,
  cramSummary,
  isCramDone,
  shuffleCram,
  startCram,
} from '../../../source/quiz/cram/cram-session.js';

const items = ['a', 'b', 'c'].map((id) => ({id, atomType: 'flashcard', front: `${id}?`, back: id}));

it('asks front then back, counts known and missed, and never moves on unrevealed', () => {
  let state = startCram(items);
  state = cramReducer(state, {type: 'knew'});
  expect(state.index).toBe(0);
  for (const action of ['knew', 'missed', 'knew'] as const) {
    state = cramReducer(cramReducer(state, {type: 'reveal'}), {type: action});
  }
  expect(isCramDone(state)).toBe(true);
  expect(cramSummary(state)).toBe(
    'Cram: 3 of 3 seen, 2 known, 1 missed. Nothing was saved: no schedule, no quiz answer, nothing sent to Anki.',
  );
});

it('shuffles with the given randomness and keeps at most count', () => {
  expect(shuffleCram(items, 2, () => 0).map((i) => i.id)).toEqual(['b', 'c']);
  expect(shuffleCram(items, 10, () => 0.99).map((i) => i.id)).toEqual(['a', 'b', 'c']);
});
