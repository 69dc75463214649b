import {
  evaluateWithTimeSeriesSplits,
  FSRSBindingItem,
  FSRSBindingReview,
} from '@open-spaced-repetition/binding';
import {default_w} from 'ts-fsrs';
import {expect, it} from 'vitest';
import {nextDayStart} from '../../../source/anki/anki-day.js';
import {trainingHistories, trainingItems} from '../../../source/anki/fsrs-training.js';
import {
  evaluateParameters,
  fitParameters,
  MIN_TRAINING_ITEMS,
} from '../../../source/anki/optimizer/fit-parameters.js';
import {GENERATING_PARAMS, syntheticRevlog} from '../../helpers/synthetic/fsrs-revlog.js';

const timing = {timeZone: 'Europe/Berlin', rolloverHour: 4};
const rule = {timeZone: 'Europe/Berlin', startsAtHour: 4};
const startMs = Date.UTC(2024, 0, 1, 9);
const now = new Date(Date.UTC(2026, 0, 1, 12));

it('fits parameters from a synthetic learner: better than the defaults, near the true ones', async () => {
  const revlog = syntheticRevlog({cards: 1200, reviewsPerCard: 6, timing, startMs, seed: 7});
  const histories = trainingHistories(revlog, {nextDayAt: nextDayStart(now, rule)});
  const items = trainingItems(histories);
  expect(histories.length).toBeGreaterThanOrEqual(1000);
  expect(items.length).toBeGreaterThanOrEqual(5000);

  const progress: Array<[number, number]> = [];
  const outcome = await fitParameters(histories, [], {
    onProgress: (done, total) => progress.push([done, total]),
  });
  if (outcome.status !== 'fitted') throw new Error('expected a fit');
  const truth = evaluateParameters(GENERATING_PARAMS, items);
  // fsrs-rs sums in parallel: the same evaluation agrees to float precision, not bit for bit.
  const defaults = evaluateParameters(default_w, items);
  expect(outcome.currentEvaluation.logLoss).toBeCloseTo(defaults.logLoss, 6);
  expect(outcome.currentEvaluation.rmseBins).toBeCloseTo(defaults.rmseBins, 6);
  expect(outcome.fittedEvaluation.logLoss).toBeLessThan(outcome.currentEvaluation.logLoss);
  const gap = Math.abs(outcome.fittedEvaluation.logLoss - truth.logLoss) / truth.logLoss;
  expect(gap).toBeLessThan(0.02);
  expect(outcome.isBetter).toBe(true);
  expect(outcome.reviewCount).toBe(items.length);
  // fsrs-rs reports progress from its own thread every `timeout` ms: a fit this small may end
  // before the first report, so only the reports that came are checked.
  for (const [done, total] of progress) expect(done).toBeLessThanOrEqual(total);

  // The split evaluation reported is the binding's own for the same items.
  const own = await evaluateWithTimeSeriesSplits(
    items.map(
      (item) => new FSRSBindingItem(item.map((r) => new FSRSBindingReview(r.rating, r.deltaT))),
    ),
    {enableShortTerm: true},
  );
  expect(outcome.splitEvaluation.logLoss).toBeCloseTo(own.logLoss, 6);
  expect(outcome.splitEvaluation.rmseBins).toBeCloseTo(own.rmseBins, 6);
}, 60_000);

it('keeps the current parameters when there are fewer items than fsrs-rs needs', async () => {
  const revlog = syntheticRevlog({cards: 3, reviewsPerCard: 3, timing, startMs, seed: 1});
  const histories = trainingHistories(revlog, {nextDayAt: nextDayStart(now, rule)});
  const outcome = await fitParameters(histories, GENERATING_PARAMS);
  expect(outcome).toEqual({status: 'too-few', reviewCount: trainingItems(histories).length});
  expect(outcome.reviewCount).toBeLessThan(MIN_TRAINING_ITEMS);
});

it('counts delta_t in Anki days: two answers either side of the rollover are a day apart', () => {
  const at = (iso: string) => Date.parse(iso);
  const row = (ms: number, ease: number, type: number) => ({
    reviewId: ms,
    reviewedAt: new Date(ms),
    usn: -1,
    ease,
    interval: 1,
    lastInterval: 0,
    factor: 2500,
    timeMs: 3000,
    type,
  });
  // 02:30 and 05:00 Berlin time (UTC+1) on the same calendar date: Anki days apart, rollover 04:00.
  const history = [row(at('2025-01-10T01:30:00Z'), 3, 0), row(at('2025-01-10T04:00:00Z'), 3, 1)];
  const [days] = trainingHistories([history], {nextDayAt: nextDayStart(now, rule)});
  expect(days).toEqual([
    {rating: 3, deltaT: 0},
    {rating: 3, deltaT: 1},
  ]);
  const utc = {timeZone: 'UTC', startsAtHour: 0};
  const [same] = trainingHistories([history], {nextDayAt: nextDayStart(now, utc)});
  expect(same?.[1]?.deltaT).toBe(0);
});
