import {describe, expect, it} from 'vitest';
import type {Timing} from '../../../source/network/timing.js';
import {createTokenBucket} from '../../../source/network/token-bucket.js';

/** A fake clock; `advances` says whether sleeping moves it (as real time would). */
function fakeTiming(advances: boolean): Timing & {clock: number; slept: number[]} {
  const timing = {
    clock: 0,
    slept: [] as number[],
    now: () => timing.clock,
    sleep: async (ms: number) => {
      timing.slept.push(ms);
      if (advances) timing.clock += ms;
    },
  };
  return timing;
}

describe('createTokenBucket', () => {
  it('lets the first request through and queues concurrent ones in arrival order', async () => {
    const timing = fakeTiming(false);
    const bucket = createTokenBucket({ratePerSecond: 1, burst: 1, timing});
    const order: number[] = [];
    const waits = await Promise.all(
      [0, 1, 2].map(async (i) => {
        const waited = await bucket.take();
        order.push(i);
        return waited;
      }),
    );
    // Each caller reserves its slot before sleeping: a clock that stands still still spaces them.
    expect(timing.slept).toEqual([1000, 2000]);
    expect(waits).toEqual([0, 1000, 2000]);
    expect(order).toEqual([0, 1, 2]);
  });

  it('allows a burst of one second of tokens by default, then spaces requests at the rate', async () => {
    const timing = fakeTiming(true);
    const bucket = createTokenBucket({ratePerSecond: 3, timing});
    let waited = 0;
    for (let i = 0; i < 9; i++) waited += await bucket.take();
    // 3 free, then 6 more at 3/s: two seconds of waiting in total.
    expect(timing.slept).toHaveLength(6);
    expect(timing.clock).toBeGreaterThanOrEqual(1998);
    expect(timing.clock).toBeLessThanOrEqual(2004);
    expect(waited).toBe(timing.clock);
  });

  it('refills with time and never holds more than its burst', async () => {
    const timing = fakeTiming(false);
    const bucket = createTokenBucket({ratePerSecond: 1, burst: 2, timing});
    await bucket.take();
    await bucket.take();
    timing.clock = 60_000; // a long idle period refills only up to 2 tokens
    await bucket.take();
    await bucket.take();
    await bucket.take();
    expect(timing.slept).toEqual([1000]);
  });

  it('waits only for the missing part of a token', async () => {
    const timing = fakeTiming(false);
    const bucket = createTokenBucket({ratePerSecond: 1, timing});
    await bucket.take();
    timing.clock = 400;
    expect(await bucket.take()).toBe(600);
  });

  it('spaces requests per minute when given a rate below one a second', async () => {
    const timing = fakeTiming(true);
    const bucket = createTokenBucket({ratePerSecond: 30 / 60, burst: 1, timing});
    for (let i = 0; i < 3; i++) await bucket.take();
    expect(timing.slept).toEqual([2000, 2000]);
  });

  it.each([0, Number.POSITIVE_INFINITY])('is unlimited at rate %s', async (rate) => {
    const timing = fakeTiming(true);
    const bucket = createTokenBucket({ratePerSecond: rate, timing});
    for (let i = 0; i < 50; i++) expect(await bucket.take()).toBe(0);
    expect(timing.slept).toEqual([]);
  });
});
