import {expect, it} from 'vitest';
import {nextDayStart} from '../source/anki/anki-day.js';
import {trainingHistories, trainingItems} from '../source/anki/fsrs-training.js';
import {fitParameters} from '../source/anki/optimizer/fit-parameters.js';
import {seededRandom} from '../source/demo/seeded-random.js';
import {type PlanItem, planForExam} from '../source/plan/exam-plan.js';
import {syntheticRevlog} from '../test/helpers/synthetic/fsrs-revlog.js';
import {median, record} from './recorder.js';

const DAY = 86_400_000;
const now = new Date('2026-01-01T12:00:00Z');

it('FSRS optimiser on 100,000 reviews (fit, evaluations and time-series splits)', async () => {
  const timing = {timeZone: 'Europe/Berlin', rolloverHour: 4};
  const revlog = syntheticRevlog({
    cards: 20_500,
    reviewsPerCard: 6,
    timing,
    startMs: Date.UTC(2024, 0, 1, 9),
    seed: 11,
  });
  const rule = {timeZone: 'Europe/Berlin', startsAtHour: 4};
  const start = performance.now();
  const histories = trainingHistories(revlog, {nextDayAt: nextDayStart(now, rule)});
  const outcome = await fitParameters(histories, []);
  const seconds = (performance.now() - start) / 1000;
  const reviews = trainingItems(histories).length;
  expect(reviews).toBeGreaterThanOrEqual(100_000);
  expect(outcome.status).toBe('fitted');
  record({
    id: 'plan.optimize.seconds',
    job: `FSRS optimiser: ${reviews.toLocaleString('en')} reviews of ${histories.length.toLocaleString('en')} cards (fit, two evaluations, time-series splits)`,
    value: seconds,
    unit: 's',
    reference: null,
    target: {op: '<', value: 30, describe: '< 30 s'},
  });
}, 300_000);

it('exam plan for 10,000 cards', () => {
  const random = seededRandom(5);
  const items: PlanItem[] = Array.from({length: 10_000}, (_, index) => ({
    id: `card-${index}`,
    kind: index % 4 === 0 ? 'quiz' : 'anki',
    stability: 0.5 + random() * 120,
    difficulty: 1 + random() * 9,
    lastReviewAt: new Date(now.getTime() - Math.floor(random() * 60) * DAY),
  }));
  const examDay = 60;
  const runs: number[] = [];
  let total = 0;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    const plan = planForExam({
      items,
      examAt: now.getTime() + examDay * DAY,
      examDay,
      target: 0.9,
      secondsPerReview: 8,
    });
    runs.push((performance.now() - start) / 1000);
    total = plan.totalReviews;
  }
  expect(total).toBeGreaterThan(0);
  record({
    id: 'plan.exam.seconds',
    job: `Exam plan for 10,000 cards, 60 days out (${total.toLocaleString('en')} reviews planned; median of 5)`,
    value: median(runs),
    unit: 's',
    reference: null,
    target: {op: '<', value: 1, describe: '< 1 s'},
  });
});
