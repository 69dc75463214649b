import {randomUUID} from 'node:crypto';
import {beforeEach, expect, it} from 'vitest';
import {
  applyQuizParameters,
  optimizeQuizItems,
} from '../../source/anki/optimizer/optimize-service.js';
import {insertRows} from '../../source/db/bulk-insert.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {findQuizParams} from '../../source/db/quiz-params-rows.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {quizScheduler} from '../../source/quiz/schedule.js';
import {loadQuizSession} from '../../source/quiz/service/load-quiz-session.js';
import {describeEachBackend} from '../helpers/database.js';
import {syntheticRevlog} from '../helpers/synthetic/fsrs-revlog.js';
import {insertAnkiCourse} from './anki-fixtures.js';

const ATOMS = 300;

describeEachBackend('quiz items: their own FSRS parameters', (db) => {
  beforeEach(() => clearAllData(db().sql));

  it('fits parameters to quiz answers, saves them on apply, and quiz scheduling uses them', async () => {
    const atoms = Array.from({length: ATOMS}, (_, i) => ({cardId: `QP-${i}`, type: 'mcq'}));
    await insertAnkiCourse(db().sql, 'Quiz', atoms);
    const ids = await db().sql<
      {id: string}[]
    >`select id::text from learning_atoms order by card_id`;
    const timing = {timeZone: 'UTC', rolloverHour: 0};
    const histories = syntheticRevlog({
      cards: ATOMS,
      reviewsPerCard: 5,
      timing,
      startMs: Date.UTC(2025, 0, 1, 9),
      seed: 21,
    });
    const rows = histories.flatMap((history, index) =>
      history.map((review) => ({
        atom_id: ids[index]!.id,
        session_id: randomUUID(),
        answered_at: review.reviewedAt,
        score: review.ease === 1 ? 0 : 1,
        rating: review.ease,
        derived_rating: review.ease,
      })),
    );
    await insertRows(db().sql, 'quiz_attempts', rows);
    const [revlog] = await db().sql<{n: number}[]>`select count(*)::int as n from anki_revlog`;
    expect(revlog?.n).toBe(0);

    const fit = await optimizeQuizItems(db(), ignoreProgress);
    if (fit.outcome.status !== 'fitted') throw new Error('expected a fit');
    expect(fit.items).toBe(ATOMS);
    expect(fit.outcome.isBetter).toBe(true);
    expect(await findQuizParams(db().sql)).toBeUndefined();
    await applyQuizParameters(db(), fit);
    const saved = await findQuizParams(db().sql);
    expect(saved).toHaveLength(21);
    const fitted = fit.outcome.fitted;
    for (const [i, value] of saved!.entries()) expect(value).toBeCloseTo(fitted[i]!, 5);

    const session = await loadQuizSession(db().sql, {count: 5, now: new Date()});
    expect(session.schedulerOptions.w).toEqual(saved);
    const own = quizScheduler(session.schedulerOptions).next_state(null, 0, 3);
    const defaults = quizScheduler({}).next_state(null, 0, 3);
    expect(own.stability).toBeCloseTo(saved![2]!, 5);
    expect(own.stability).not.toBeCloseTo(defaults.stability, 3);
  }, 60_000);
});
