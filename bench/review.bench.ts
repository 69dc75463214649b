import {afterAll, beforeAll, it} from 'vitest';
import type {Database} from '../source/db/connection.js';
import {createReviewService} from '../source/review/review-service.js';
import {createTestDatabase} from '../test/helpers/database.js';
import {insertReviewQueue, syntheticReviewQueue} from '../test/helpers/synthetic-dataset.js';
import {median, record} from './recorder.js';

const items = 10_000;
let db: Database;

beforeAll(async () => {
  db = await createTestDatabase('embedded');
  // One group per item; every fifth is a two-card split, so groups and rows both matter.
  await insertReviewQueue(db.sql, syntheticReviewQueue(items, 1, {now: new Date(), splitEvery: 5}));
}, 600_000);
afterAll(async () => {
  await db?.close();
});

it('review queue: first page of list() with 10,000 pending items', async () => {
  const service = createReviewService({db, now: () => new Date()});
  await service.list({limit: 50});
  const times: number[] = [];
  for (let run = 0; run < 7; run++) {
    const start = process.hrtime.bigint();
    const page = await service.list({limit: 50});
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (page.total !== items) throw new Error(`expected ${items} items, got ${page.total}`);
  }
  const countStart = process.hrtime.bigint();
  await service.counts();
  const counts = Number(process.hrtime.bigint() - countStart) / 1e6;
  record({
    id: 'review.list-first-page',
    job: '`list()` first page (50 items) of 10,000 pending review items, embedded (median of 7)',
    value: median(times),
    unit: 'ms',
    reference: {label: '`counts()` on the same queue', value: counts},
    target: {op: '<', value: 1000, describe: '< 1 s'},
  });
});
