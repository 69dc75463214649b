import {default_w} from 'ts-fsrs';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {recallAfter} from '../../source/plan/exam-plan.js';
import {applyPlan, buildPlan, plannedMoves} from '../../source/plan/plan-service.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {pushAnkiCourse} from './anki-fixtures.js';

const now = new Date('2025-03-01T10:00:00Z');
const day = 86_400_000;
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);
const rule = {timeZone: 'UTC', startsAtHour: 4};

describeEachBackend('exam plan', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime()});
  });
  afterEach(() => fake.stop());

  async function course() {
    const {client, options} = await pushAnkiCourse(db(), fake.url, {
      prefix: 'Exam',
      atoms: [
        {cardId: 'E-weak'},
        {cardId: 'E-strong'},
        {cardId: 'E-new'},
        {cardId: 'E-quiz', type: 'mcq'},
      ],
      now,
    });
    const cardOf = (key: string) =>
      [...fake.collection.notes.values()].find((n) => n.fields.CardID === key)!.cardIds[0]!;
    fake.simulateReviews(cardOf('E-weak'), [{rating: 3, at: at(3)}]);
    const strong = [60, 50, 30, 2].map((d) => ({rating: 4 as const, at: at(d)}));
    fake.simulateReviews(cardOf('E-strong'), strong);
    await pullFromAnki(db(), client, options);
    await db().sql`
      insert into quiz_schedule (atom_id, state, stability, difficulty, due, last_review, reps)
      select id, 2, 1.5, 6, ${at(-1)}, ${at(4)}, 2 from learning_atoms where card_id = 'E-quiz'`;
    return {client, cardOf};
  }

  it('predicts recall with the forgetting curve and moves only the planned cards', async () => {
    const {client, cardOf} = await course();
    const report = await buildPlan(db(), {
      now,
      exam: '2025-03-20',
      scope: null,
      target: 0.9,
      day: rule,
    });
    expect(report.examDay).toBe(19);
    expect(report.plan.unstudied).toHaveLength(1);
    const [stored] = await db().sql<{anki_stability: number; anki_last_review_at: Date}[]>`
      select anki_stability::float8 as anki_stability, anki_last_review_at
      from learning_atoms where card_id = 'E-weak'`;
    const weakId = (
      await db().sql<{id: string}[]>`
      select id::text from learning_atoms where card_id = 'E-weak'`
    )[0]!.id;
    const weak = report.plan.items.find((i) => i.id === weakId)!;
    const examAt = Date.UTC(2025, 2, 20, 4);
    const elapsed = (examAt - stored!.anki_last_review_at.getTime()) / day;
    expect(weak.recallIfLeft).toBeCloseTo(
      recallAfter(default_w, elapsed, stored!.anki_stability),
      12,
    );

    const {anki, quiz} = plannedMoves(report);
    expect(anki.map((m) => m.id)).toEqual([weakId]);
    expect(quiz).toHaveLength(1);
    const before = new Map([...fake.collection.cards].map(([id, c]) => [id, {...c}]));
    const moved = await applyPlan(db(), client, report, now);
    expect(moved).toEqual({anki: 1, quiz: 1});
    const weakCard = fake.collection.cards.get(cardOf('E-weak'))!;
    expect(weakCard.due).not.toBe(before.get(weakCard.id)!.due);
    for (const key of ['E-strong', 'E-new']) {
      expect(fake.collection.cards.get(cardOf(key))).toEqual(before.get(cardOf(key)));
    }
    const [quizRow] = await db().sql<{due: Date}[]>`
      select due from quiz_schedule s join learning_atoms a on a.id = s.atom_id
      where a.card_id = 'E-quiz'`;
    const quizDay = quiz[0]!.reviewDay!;
    expect(quizRow!.due.getTime()).toBe(now.getTime() + quizDay * day);
  });

  it('narrows to a scope and refuses an unknown one', async () => {
    await course();
    const scoped = await buildPlan(db(), {
      now,
      exam: '2025-03-20',
      scope: {kind: 'module', name: 'exam module'},
      target: 0.9,
      day: rule,
    });
    expect(scoped.plan.items.length + scoped.plan.unstudied.length).toBe(4);
    await expect(
      buildPlan(db(), {
        now,
        exam: '2025-03-20',
        scope: {kind: 'track', name: 'Nope'},
        target: 0.9,
        day: rule,
      }),
    ).rejects.toThrow('No Anki cards or quiz items in track "Nope".');
    await expect(
      buildPlan(db(), {now, exam: '2025-02-20', scope: null, target: 0.9, day: rule}),
    ).rejects.toThrow('The exam date 2025-02-20 is not after today.');
  });
});
