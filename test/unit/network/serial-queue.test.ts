import {expect, it} from 'vitest';
import {createSerialQueue} from '../../../source/network/serial-queue.js';

it('runs one task at a time in queue order, and a failure does not stop the next', async () => {
  const enqueue = createSerialQueue();
  const events: string[] = [];
  let running = 0;
  const task =
    (name: string, fail = false) =>
    async () => {
      running += 1;
      events.push(`start ${name} (${running} running)`);
      await new Promise((resolve) => setImmediate(resolve));
      running -= 1;
      events.push(`end ${name}`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
  const results = await Promise.allSettled([
    enqueue(task('a')),
    enqueue(task('b', true)),
    enqueue(task('c')),
  ]);
  expect(results.map((r) => (r.status === 'fulfilled' ? r.value : String(r.reason)))).toEqual([
    'a',
    'Error: b failed',
    'c',
  ]);
  expect(events).toEqual([
    'start a (1 running)',
    'end a',
    'start b (1 running)',
    'end b',
    'start c (1 running)',
    'end c',
  ]);
});
