import {createEmptyCard, default_w, fsrs, generatorParameters, Rating} from 'ts-fsrs';
import {describe, expect, it} from 'vitest';
import {seededRandom} from '../../../source/demo/seeded-random.js';
import {type PlanItem, planForExam, recallAfter} from '../../../source/plan/exam-plan.js';

const DAY = 86_400_000;
const now = Date.UTC(2026, 5, 1, 8);
const examDay = 30;
const examAt = now + examDay * DAY;

function items(count: number, seed = 1): PlanItem[] {
  const random = seededRandom(seed);
  return Array.from({length: count}, (_, index) => ({
    id: `card-${index}`,
    kind: index % 5 === 0 ? 'quiz' : 'anki',
    stability: 0.5 + random() * 80,
    difficulty: 1 + random() * 9,
    lastReviewAt: new Date(now - Math.floor(random() * 40) * DAY),
  }));
}

const base = {examAt, examDay, target: 0.9, secondsPerReview: 8};

describe('planForExam', () => {
  it('predicts recall on the exam as the FSRS forgetting curve evaluated directly', () => {
    const scope = items(200);
    const plan = planForExam({...base, items: scope});
    const f = fsrs(generatorParameters({enable_fuzz: false}));
    for (const [index, item] of scope.entries()) {
      const elapsed = (examAt - item.lastReviewAt!.getTime()) / DAY;
      const direct = f.forgetting_curve(elapsed, item.stability!);
      // ts-fsrs rounds its forgetting curve to 8 decimals.
      expect(plan.items[index]?.recallIfLeft).toBeCloseTo(direct, 7);
      expect(recallAfter(default_w, elapsed, item.stability!)).toBe(
        plan.items[index]?.recallIfLeft,
      );
    }
  });

  it('a card reviewed today is predicted by a direct ts-fsrs fold too', () => {
    const f = fsrs(generatorParameters({enable_fuzz: false}));
    const card = f.next(createEmptyCard(new Date(now)), new Date(now), Rating.Good).card;
    const plan = planForExam({
      ...base,
      items: [
        {
          id: 'a',
          kind: 'anki',
          stability: card.stability,
          difficulty: card.difficulty,
          lastReviewAt: new Date(now),
        },
      ],
    });
    expect(plan.items[0]?.recallIfLeft).toBeCloseTo(f.forgetting_curve(examDay, card.stability), 7);
  });

  it('needs more reviews for a higher target, and reaches it', () => {
    const scope = items(500, 2);
    let previous = -1;
    for (const target of [0.7, 0.75, 0.8, 0.85, 0.9, 0.93, 0.95, 0.97]) {
      const plan = planForExam({...base, items: scope, target});
      expect(plan.totalReviews).toBeGreaterThanOrEqual(previous);
      previous = plan.totalReviews;
      expect(plan.reviewsPerDay.reduce((a, b) => a + b, 0)).toBe(plan.totalReviews);
      for (const item of plan.items) {
        if (item.reviewDay === null) expect(item.recallIfLeft).toBeGreaterThanOrEqual(target);
      }
      if (plan.shortOfTarget === 0) expect(plan.expectedMeanRecall).toBeGreaterThanOrEqual(target);
    }
    expect(previous).toBeGreaterThan(0);
  });

  it('lists never-studied items apart and spreads the load evenly', () => {
    const scope = [
      ...items(300, 3),
      {id: 'new', kind: 'anki' as const, stability: null, difficulty: null, lastReviewAt: null},
    ];
    const plan = planForExam({...base, items: scope, target: 0.95});
    expect(plan.unstudied).toEqual(['new']);
    expect(plan.minutesPerDay[0]).toBeCloseTo((plan.reviewsPerDay[0]! * 8) / 60, 10);
    const busiest = Math.max(...plan.reviewsPerDay);
    expect(busiest).toBeLessThanOrEqual(Math.ceil(plan.totalReviews / examDay) + 12);
  });
});
