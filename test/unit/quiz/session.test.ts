import {describe, expect, it} from 'vitest';
import {quizRatings} from '../../../source/quiz/rating.js';
import {scheduleAnswer} from '../../../source/quiz/schedule.js';
import {initialQuizSession, quizSessionReducer} from '../../../source/quiz/session.js';
import type {
  QuizSessionAction,
  QuizSessionItem,
  QuizSessionState,
} from '../../../source/quiz/session-types.js';
import {seededRandom} from './quiz-arbitraries.js';

const t0 = new Date('2026-03-01T09:00:00Z');
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

const items: QuizSessionItem[] = [
  {
    atom: {
      id: 'tf',
      atomType: 'true_false',
      front: 'The sun is a star',
      conceptId: 'c1',
      conceptName: 'Sun',
    },
    content: {type: 'true_false', answer: true},
    schedule: null,
  },
  {
    atom: {id: 'mcq', atomType: 'mcq', front: 'Primes?', conceptId: 'c1', conceptName: 'Sun'},
    content: {type: 'mcq', options: ['2', '4', '5', '6'], correct: [0, 2]},
    schedule: null,
  },
  {
    atom: {id: 'match', atomType: 'matching', front: 'Ports', conceptId: 'c2', conceptName: 'Net'},
    content: {
      type: 'matching',
      pairs: [
        {left: 'HTTP', right: '80'},
        {left: 'SSH', right: '22'},
        {left: 'DNS', right: '53'},
      ],
    },
    schedule: null,
  },
  {
    atom: {id: 'code', atomType: 'parsons', front: 'Order it', conceptId: 'c2', conceptName: 'Net'},
    content: {type: 'parsons', lines: ['if x:', '  go()', 'done()'], distractors: ['stop()']},
    schedule: null,
  },
];

function run(state: QuizSessionState, ...actions: QuizSessionAction[]): QuizSessionState {
  return actions.reduce(quizSessionReducer, state);
}

const started = run(initialQuizSession, {type: 'start', items, now: t0, random: seededRandom(7)});

describe('quizSessionReducer', () => {
  it('starts on the first question and ignores actions that do not fit the phase', () => {
    expect(started).toMatchObject({phase: 'question', index: 0, questionStartedAt: t0});
    expect(started.draft).toEqual({type: 'true_false', value: null});
    expect(run(started, {type: 'rate', rating: 4}, {type: 'next', now: t0})).toBe(started);
    expect(run(initialQuizSession, {type: 'submit', now: t0})).toBe(initialQuizSession);
    expect(run(started, {type: 'mcq-toggle', option: 0})).toBe(started);
  });

  it('asks for an answer instead of grading a submit with nothing chosen', () => {
    // True/false: nothing set.
    const asked = run(started, {type: 'submit', now: at(1)});
    expect(asked).toMatchObject({phase: 'question', index: 0, feedback: null, answerMissing: true});
    expect(run(asked, {type: 'submit', now: at(2)})).toBe(asked);
    const answered = run(
      asked,
      {type: 'true-false-set', value: true},
      {type: 'submit', now: at(3)},
    );
    expect(answered).toMatchObject({phase: 'feedback', answerMissing: false});
    expect(answered.feedback?.grade.correct).toBe(true);
    // "I don't know" still reveals (and grades) an empty answer.
    expect(run(asked, {type: 'dont-know', now: at(2)}).feedback).toMatchObject({revealed: true});

    // Multiple choice: a cursor move is no choice, a toggle is; the flag ends with the question.
    const mcq = run(started, {type: 'dont-know', now: at(1)}, {type: 'next', now: at(1)});
    expect(mcq.draft?.type).toBe('mcq');
    const moved = run(mcq, {type: 'submit', now: at(2)}, {type: 'cursor-move', delta: 1});
    expect(moved).toMatchObject({phase: 'question', answerMissing: true});
    expect(run(moved, {type: 'mcq-toggle'})).toMatchObject({answerMissing: false});

    // Matching with no pair, and Parsons (always an arrangement).
    const matching = run(mcq, {type: 'dont-know', now: at(2)}, {type: 'next', now: at(2)});
    expect(run(matching, {type: 'submit', now: at(3)})).toMatchObject({
      phase: 'question',
      answerMissing: true,
    });
    const parsons = run(matching, {type: 'dont-know', now: at(3)}, {type: 'next', now: at(3)});
    expect(run(parsons, {type: 'submit', now: at(4)}).phase).toBe('feedback');
  });

  it('grades a true/false answer, rates it by speed and lets the rating be overridden', () => {
    const fast = run(started, {type: 'true-false-set', value: true}, {type: 'submit', now: at(3)});
    expect(fast.phase).toBe('feedback');
    expect(fast.feedback).toMatchObject({
      derivedRating: quizRatings.easy,
      rating: quizRatings.easy,
      responseMs: 3000,
      grade: {score: 1, correct: true},
      answerKey: {type: 'true_false', value: true},
    });
    const overridden = run(
      fast,
      {type: 'rate', rating: quizRatings.good},
      {type: 'next', now: at(4)},
    );
    expect(overridden.records[0]).toMatchObject({
      atomId: 'tf',
      rating: 3,
      derivedRating: 4,
      score: 1,
    });
    expect(overridden.records[0]?.schedule).toEqual(scheduleAnswer(null, 3, at(3)));
    expect(overridden).toMatchObject({phase: 'question', index: 1, questionStartedAt: at(4)});
  });

  it('gives partial credit on a multi-answer mcq and rates it Hard', () => {
    const atMcq = run(started, {type: 'dont-know', now: at(1)}, {type: 'next', now: at(2)});
    const view = atMcq.items[1]!.view;
    if (view.type !== 'mcq') throw new Error('mcq view expected');
    expect(view.multi).toBe(true);
    const two = view.options.indexOf('2');
    const answered = run(
      atMcq,
      {type: 'mcq-toggle', option: two},
      {type: 'mcq-toggle', option: view.options.indexOf('4')},
      {type: 'mcq-toggle', option: view.options.indexOf('4')},
      {type: 'submit', now: at(20)},
    );
    expect(answered.feedback).toMatchObject({grade: {score: 0.5}, rating: quizRatings.hard});
    expect(answered.feedback?.response).toEqual({type: 'mcq', selected: [two]});
  });

  it('reveals the answer and rates Again on "I don\'t know"', () => {
    const revealed = run(
      started,
      {type: 'true-false-set', value: true},
      {type: 'dont-know', now: at(2)},
    );
    expect(revealed.feedback).toMatchObject({
      revealed: true,
      rating: quizRatings.again,
      grade: {score: 0},
      answerKey: {type: 'true_false', value: true},
    });
    const next = run(revealed, {type: 'next', now: at(3)});
    expect(next.records[0]).toMatchObject({revealed: true, rating: 1, score: 0});
  });

  it('pairs matching items left then right, moves a right item that is reused, and unpairs', () => {
    const atMatch = run(
      started,
      {type: 'dont-know', now: at(1)},
      {type: 'next', now: at(1)},
      {type: 'dont-know', now: at(2)},
      {type: 'next', now: at(2)},
    );
    expect(atMatch.draft).toMatchObject({type: 'matching', pendingLeft: null});
    const view = atMatch.items[2]!.view;
    if (view.type !== 'matching') throw new Error('matching view expected');
    const right = (text: string) => view.right.indexOf(text);
    let state = run(
      atMatch,
      {type: 'matching-pick-left', left: 0},
      {type: 'matching-pick-right', right: right('22')},
      {type: 'matching-pick-left', left: 1},
      {type: 'matching-pick-right', right: right('22')},
    );
    expect(state.draft).toMatchObject({pairs: [null, right('22'), null], pendingLeft: null});
    state = run(
      state,
      {type: 'cursor-move', delta: -5},
      {type: 'matching-pick-left'},
      {type: 'matching-pick-right', right: right('80')},
      {type: 'matching-pick-left', left: 2},
      {type: 'matching-pick-right', right: right('53')},
      {type: 'matching-unpair', left: 2},
    );
    expect(state.draft).toMatchObject({pairs: [right('80'), right('22'), null]});
    const graded = run(state, {type: 'submit', now: at(60)});
    expect(graded.feedback).toMatchObject({grade: {score: 0.667}, rating: quizRatings.hard});
  });

  it('arranges Parsons blocks with the cursor, indentation and distractor exclusion', () => {
    let state = run(
      started,
      ...[1, 2, 3].flatMap((s): QuizSessionAction[] => [
        {type: 'dont-know', now: at(s)},
        {type: 'next', now: at(s)},
      ]),
    );
    const view = state.items[3]!.view;
    if (view.type !== 'parsons' || state.draft?.type !== 'parsons')
      throw new Error('parsons expected');
    const target = ['if x:', 'go()', 'done()', 'stop()'];
    // Selection sort with the keyboard: bring each wanted block up to its slot.
    for (const [slot, text] of target.entries()) {
      const draft = state.draft;
      if (draft?.type !== 'parsons') throw new Error('parsons draft expected');
      const from = draft.blocks.findIndex((b) => view.blocks[b.block]!.text === text);
      state = run(state, {type: 'cursor-move', delta: from - draft.cursor});
      for (let i = from; i > slot; i--)
        state = run(state, {type: 'parsons-move-line', direction: -1});
    }
    state = run(
      state,
      {type: 'cursor-move', delta: -10},
      {type: 'cursor-move', delta: 1},
      {type: 'parsons-indent', delta: 1},
      {type: 'parsons-indent', delta: 1},
      {type: 'parsons-indent', delta: -1},
      {type: 'cursor-move', delta: 10},
      {type: 'parsons-toggle-distractor'},
      {type: 'submit', now: at(30)},
    );
    expect(state.feedback).toMatchObject({
      grade: {score: 1, correct: true},
      rating: quizRatings.easy,
    });
  });

  it('summarises by type and concept and lists next due dates, also when finished early', () => {
    const done = run(
      started,
      {type: 'true-false-set', value: false},
      {type: 'submit', now: at(2)},
      {type: 'next', now: at(2)},
      {type: 'dont-know', now: at(3)},
      {type: 'finish', now: at(4)},
    );
    expect(done.phase).toBe('summary');
    expect(done.records.map((r) => r.atomId)).toEqual(['tf', 'mcq']);
    expect(done.summary).toMatchObject({
      answered: 2,
      correct: 0,
      revealed: 1,
      unanswered: 2,
      meanScore: 0,
      byType: [
        {atomType: 'true_false', answered: 1},
        {atomType: 'mcq', answered: 1},
      ],
      byConcept: [{conceptId: 'c1', conceptName: 'Sun', answered: 2, meanScore: 0}],
    });
    const dues = done.summary!.nextDue.map((d) => d.due.getTime());
    expect(dues).toEqual([...dues].sort((a, b) => a - b));
    expect(run(done, {type: 'finish', now: at(5)})).toBe(done);
  });

  it('ends in the summary after the last item', () => {
    const one = run(initialQuizSession, {
      type: 'start',
      items: [items[0]!],
      now: t0,
      random: seededRandom(1),
    });
    const done = run(
      one,
      {type: 'true-false-set', value: true},
      {type: 'submit', now: at(9)},
      {type: 'next', now: at(9)},
    );
    expect(done.phase).toBe('summary');
    expect(done.summary).toMatchObject({answered: 1, correct: 1, meanScore: 1, unanswered: 0});
    expect(done.summary?.byType).toEqual([
      {atomType: 'true_false', answered: 1, correct: 1, meanScore: 1},
    ]);
  });
});
