import {describe, expect, it} from 'vitest';
import {type Timing, TokenBucket} from '../../../source/notion/rate-limiter.js';

function fakeTiming(): Timing & {clock: number; slept: number[]} {
  const timing = {
    clock: 0,
    slept: [] as number[],
    now: () => timing.clock,
    sleep: async (ms: number) => {
      timing.slept.push(ms);
      timing.clock += ms;
    },
  };
  return timing;
}

describe('TokenBucket', () => {
  it('allows a burst of one second of tokens, then spaces requests at the rate', async () => {
    const timing = fakeTiming();
    const bucket = new TokenBucket(3, timing);
    for (let i = 0; i < 9; i++) await bucket.take();
    // 3 free, then 6 more at 3/s: two seconds of waiting in total.
    expect(timing.clock).toBeGreaterThanOrEqual(1998);
    expect(timing.clock).toBeLessThanOrEqual(2004);
    expect(timing.slept).toHaveLength(6);
    expect(bucket.waitedMs).toBe(timing.slept.reduce((a, b) => a + b, 0));
  });

  it('refills while the caller is busy elsewhere', async () => {
    const timing = fakeTiming();
    const bucket = new TokenBucket(2, timing);
    await bucket.take();
    await bucket.take();
    timing.clock += 5_000;
    await bucket.take();
    await bucket.take();
    expect(timing.slept).toEqual([]);
  });

  it('serves concurrent callers in order without over-spending', async () => {
    const timing = fakeTiming();
    const bucket = new TokenBucket(1, timing);
    const order: number[] = [];
    await Promise.all([0, 1, 2, 3].map((i) => bucket.take().then(() => order.push(i))));
    expect(order).toEqual([0, 1, 2, 3]);
    expect(timing.clock).toBeGreaterThanOrEqual(3000);
  });

  it.each([0, Number.POSITIVE_INFINITY])('is unlimited at rate %s', async (rate) => {
    const timing = fakeTiming();
    const bucket = new TokenBucket(rate, timing);
    for (let i = 0; i < 50; i++) await bucket.take();
    expect(bucket.unlimited).toBe(true);
    expect(timing.slept).toEqual([]);
  });

  it('supports fractional rates below one request a second', async () => {
    const timing = fakeTiming();
    const bucket = new TokenBucket(0.5, timing);
    await bucket.take();
    await bucket.take();
    expect(timing.clock).toBe(2000);
  });
});
