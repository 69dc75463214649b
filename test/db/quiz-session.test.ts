import {createEmptyCard, fsrs, generatorParameters, Rating} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {loadDemoData} from '../../source/demo/load-demo.js';
import {seededRandom} from '../../source/demo/seeded-random.js';
import {UserError} from '../../source/errors.js';
import {recomputeMastery} from '../../source/mastery/recompute-mastery.js';
import {quizRatings} from '../../source/quiz/rating.js';
import {loadQuizSession} from '../../source/quiz/service/load-quiz-session.js';
import {saveQuizAnswer} from '../../source/quiz/service/save-quiz-answer.js';
import {initialQuizSession, quizSessionReducer} from '../../source/quiz/session.js';
import type {QuizSessionItem} from '../../source/quiz/session-types.js';
import {describeEachBackend} from '../helpers/database.js';

const now = new Date('2026-03-04T10:00:00Z');
const later = new Date(now.getTime() + 60_000);
const scheduler = fsrs(generatorParameters({enable_fuzz: false}));

/** Answers one item with "I don't know", overrides the rating and returns the record. */
function answerOnce(item: QuizSessionItem, rating: 1 | 2 | 3 | 4) {
  let state = quizSessionReducer(initialQuizSession, {
    type: 'start',
    items: [item],
    now,
    random: seededRandom(7),
  });
  state = quizSessionReducer(state, {type: 'dont-know', now: later});
  state = quizSessionReducer(state, {type: 'rate', rating});
  state = quizSessionReducer(state, {type: 'next', now: later});
  return {presented: state.items[0]!, record: state.records[0]!};
}

describeEachBackend('quiz sessions on the demo course', (db) => {
  it('asks due items first (oldest due first), then new ones, count items in all', async () => {
    await loadDemoData(db().sql, {now});
    const [expected] = await db().sql<{due: number}[]>`
      select count(*)::int as due from quiz_schedule q join learning_atoms a on a.id = q.atom_id
      where q.state <> 0 and q.due <= ${now} and a.removed_at is null and a.content is not null
        and a.needs_review is not true`;
    expect(expected!.due).toBeGreaterThan(0);
    const count = expected!.due + 5;
    const session = await loadQuizSession(db().sql, {now, count});
    expect(session.items).toHaveLength(count);
    const due = session.items.slice(0, expected!.due);
    const fresh = session.items.slice(expected!.due);
    for (const item of due) expect(item.schedule!.due.getTime()).toBeLessThanOrEqual(+now);
    const dueTimes = due.map((item) => item.schedule!.due.getTime());
    expect(dueTimes).toEqual([...dueTimes].sort((a, b) => a - b));
    for (const item of fresh) expect(item.schedule).toBeNull();
    expect(session.counts.due).toBe(expected!.due);
    expect(session.empty).toBeNull();
    const standard = await loadQuizSession(db().sql, {now});
    expect(standard.items).toHaveLength(10);
  });

  it('limits a session to a concept named in any case, and names close matches', async () => {
    const [concept] = await db().sql<{name: string; id: string}[]>`
      select c.name, c.id from concepts c join learning_atoms a on a.concept_id = c.id
      where a.content is not null group by c.id order by count(*) desc, c.name limit 1`;
    const session = await loadQuizSession(db().sql, {
      now,
      count: 50,
      scope: {concept: concept!.name.toUpperCase()},
    });
    expect(session.items.length).toBeGreaterThan(0);
    for (const item of session.items) expect(item.atom.conceptId).toBe(concept!.id);
    expect(session.scopeLabel).toBe(`concept "${concept!.name}"`);
    const typo = concept!.name.slice(0, -1);
    const error = await loadQuizSession(db().sql, {now, scope: {concept: `${typo}x`}}).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).hint).toContain(concept!.name);
  });

  it('accepts the start of a name when it names one module', async () => {
    const session = await loadQuizSession(db().sql, {now, count: 1, scope: {module: 'week 1'}});
    expect(session.scopeLabel).toMatch(/^module "Week 1 — /);
    await expect(loadQuizSession(db().sql, {now, scope: {module: 'week'}})).rejects.toThrow(
      'No module is called "week".',
    );
  });

  it('saves the attempt and the FSRS state ts-fsrs computes, then recomputes mastery', async () => {
    const session = await loadQuizSession(db().sql, {now, count: 1});
    const item = session.items[0]!;
    expect(item.schedule).not.toBeNull();
    const {presented, record} = answerOnce(item, quizRatings.good);
    await saveQuizAnswer(db().sql, 'f3a0c1de-0000-4000-8000-000000000001', presented, record);

    const [attempt] = await db().sql`
      select * from quiz_attempts where session_id = 'f3a0c1de-0000-4000-8000-000000000001'`;
    expect(attempt).toMatchObject({
      atom_id: item.atom.id,
      score: 0,
      rating: 3,
      derived_rating: 1,
      response_ms: 60_000,
      revealed: true,
    });
    expect(attempt!.answered_at).toEqual(later);
    expect(attempt!.answer).toMatchObject({type: item.content.type});

    const s = item.schedule!;
    const card = {
      ...createEmptyCard(s.due),
      due: s.due,
      stability: s.stability,
      difficulty: s.difficulty,
      elapsed_days: s.elapsedDays,
      scheduled_days: s.scheduledDays,
      learning_steps: s.learningSteps,
      reps: s.reps,
      lapses: s.lapses,
      state: s.state,
      ...(s.lastReview ? {last_review: s.lastReview} : {}),
    };
    const next = scheduler.next(card, later, Rating.Good).card;
    const [row] = await db().sql`select * from quiz_schedule where atom_id = ${item.atom.id}`;
    expect(row).toMatchObject({
      state: next.state,
      stability: next.stability,
      difficulty: next.difficulty,
      reps: next.reps,
      lapses: next.lapses,
      scheduled_days: next.scheduled_days,
      learning_steps: next.learning_steps,
    });
    expect(row!.due).toEqual(next.due);
    expect(row!.last_review).toEqual(later);

    await recomputeMastery(db().sql, later);
    const [concept] = await db().sql`
      select last_reviewed_at from concepts where id = ${item.atom.conceptId!}`;
    expect(concept!.last_reviewed_at).toEqual(later);
  });

  it('stores a new item with a fresh schedule and the answer in content indices', async () => {
    const session = await loadQuizSession(db().sql, {now, count: 200});
    const item = session.items.find((candidate) => candidate.schedule === null)!;
    const {presented, record} = answerOnce(item, quizRatings.again);
    await saveQuizAnswer(db().sql, 'f3a0c1de-0000-4000-8000-000000000002', presented, record);
    const expected = scheduler.next(createEmptyCard(later), later, Rating.Again).card;
    const [row] = await db().sql`select * from quiz_schedule where atom_id = ${item.atom.id}`;
    expect(row).toMatchObject({state: expected.state, reps: 1, lapses: expected.lapses});
    expect(row!.due).toEqual(expected.due);
  });
});

describeEachBackend('quiz sessions without quiz content', (db) => {
  it('explains how to get quiz content', async () => {
    const session = await loadQuizSession(db().sql, {now});
    expect(session.items).toEqual([]);
    expect(session.empty?.message).toBe('There are no quiz items in the whole course.');
    expect(session.empty?.hint).toContain('nls demo');
  });
});

describe('the answer record', () => {
  it('keeps both the chosen and the derived rating', () => {
    const item: QuizSessionItem = {
      atom: {id: 'a', atomType: 'true_false', front: 'Q'},
      content: {type: 'true_false', answer: true},
      schedule: null,
    };
    const {record} = answerOnce(item, quizRatings.easy);
    expect(record).toMatchObject({rating: 4, derivedRating: 1, revealed: true});
  });
});
