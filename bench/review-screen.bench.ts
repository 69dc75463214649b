import {createElement} from 'react';
import {afterAll, beforeAll, it} from 'vitest';
import {loadConfig} from '../source/config/load-config.js';
import type {Database} from '../source/db/connection.js';
import {ServicesProvider} from '../source/screens/app/services-context.js';
import {ReviewApp} from '../source/screens/review/review-app.js';
import {createTestDatabase} from '../test/helpers/database.js';
import {press} from '../test/helpers/press.js';
import {renderTui} from '../test/helpers/render.js';
import {insertReviewQueue, syntheticReviewQueue} from '../test/helpers/synthetic-dataset.js';
import {percentile, record} from './recorder.js';

const items = 10_000;
const presses = 200;
let db: Database;

beforeAll(async () => {
  db = await createTestDatabase('embedded');
  await insertReviewQueue(db.sql, syntheticReviewQueue(items, 1, {now: new Date()}));
}, 600_000);
afterAll(async () => {
  await db?.close();
});

// Polls on every turn of the event loop, so the measured time is not rounded to a timer tick.
async function until(predicate: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error('frame did not arrive in time');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it('review screen: open a 10,000-item queue and hold j', async () => {
  const config = loadConfig({NLS_HOME: '/nonexistent-nls-bench'}, '/nonexistent-nls-bench');
  const services = {config, db, now: () => new Date(), random: () => 0.5};
  const start = performance.now();
  const view = renderTui(
    createElement(
      ServicesProvider,
      {value: services} as Parameters<typeof ServicesProvider>[0],
      createElement(ReviewApp, {width: 120, height: 36}),
    ),
  );
  await until(() => view.frame().includes(`1/${items}`) && view.frame().includes('Rewritten'));
  const open = performance.now() - start;
  const times: number[] = [];
  for (let index = 1; index <= presses; index++) {
    const pressed = performance.now();
    press(view.stdin, 'list.down');
    await until(() => view.frame().includes(` ${index + 1}/${items}`)).catch((error: unknown) => {
      throw new Error(`after ${index} presses: ${view.frame().split('\n')[0]}`, {cause: error});
    });
    times.push(performance.now() - pressed);
  }
  view.unmount();
  record({
    id: 'review-screen.open',
    job: 'Review screen: first frame with items, 10,000 pending items, embedded',
    value: open,
    unit: 'ms',
    reference: {label: 'p50 key-to-frame (j)', value: percentile(times, 50)},
    target: {op: '<', value: 1000, describe: '< 1 s'},
  });
  record({
    id: 'review-screen.key-p95',
    job: `Review screen: key-to-frame p95 over ${presses} j presses, 10,000 pending items`,
    value: percentile(times, 95),
    unit: 'ms',
    reference: {label: 'max', value: Math.max(...times)},
    target: {op: '<', value: 30, describe: '< 30 ms'},
  });
});
