import {afterAll, beforeAll, it} from 'vitest';
import type {Database} from '../source/db/connection.js';
import {createReviewService} from '../source/review/review-service.js';
import {createTestDatabase} from '../test/helpers/database.js';
import {median, record} from './recorder.js';

const items = 10_000;
let db: Database;

beforeAll(async () => {
  db = await createTestDatabase('embedded');
  // One atom per item; every fifth item is a two-card split, so groups and rows both matter.
  await db.sql`
    insert into learning_atoms (card_id, front, back, quality_score)
    select 'BENCH-' || n, 'Question ' || n || ' about routing, switching and addressing?',
           'An answer with several facts ' || n, 0.40
    from generate_series(1, ${items}) n`;
  await db.sql`
    insert into review_queue (front, back, original_front, original_back, original_atom_id,
      status, source, batch_id, quality_score, ai_confidence, rewrite_reason, created_at)
    select 'Rewritten question ' || a.n || '-' || s, 'Answer', a.front, a.back, a.id, 'pending',
           'gemini', 'batch-' || (a.n % 20), round((random() * 0.6 + 0.4)::numeric, 2), 0.8,
           'split', now() - (a.n || ' seconds')::interval
    from (select id, front, back, substring(card_id from 7)::int as n from learning_atoms) a
    cross join generate_series(1, 2) s
    where s = 1 or a.n % 5 = 0`;
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
