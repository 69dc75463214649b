import {describe, expect, it} from 'vitest';
import {createTokenBucket} from '../../../source/ai/token-bucket.js';

function manualClock() {
  const state = {now: 0, sleeps: [] as number[]};
  return {
    state,
    now: () => state.now,
    sleep: async (ms: number) => {
      state.sleeps.push(ms);
    },
  };
}

describe('createTokenBucket', () => {
  it('lets the first request through and spaces concurrent ones in order', async () => {
    const clock = manualClock();
    const bucket = createTokenBucket({perMinute: 60, now: clock.now, sleep: clock.sleep});
    await Promise.all([bucket.take(), bucket.take(), bucket.take()]);
    expect(clock.state.sleeps).toEqual([1000, 2000]);
  });

  it('refills with time and never holds more than its capacity', async () => {
    const clock = manualClock();
    const bucket = createTokenBucket({
      perMinute: 60,
      capacity: 2,
      now: clock.now,
      sleep: clock.sleep,
    });
    await bucket.take();
    await bucket.take();
    clock.state.now = 60_000; // a long idle period refills only up to 2 tokens
    await bucket.take();
    await bucket.take();
    await bucket.take();
    expect(clock.state.sleeps).toEqual([1000]);
  });

  it('waits only for the missing part of a token', async () => {
    const clock = manualClock();
    const bucket = createTokenBucket({perMinute: 60, now: clock.now, sleep: clock.sleep});
    await bucket.take();
    clock.state.now = 400;
    await bucket.take();
    expect(clock.state.sleeps).toEqual([600]);
  });

  it('rejects a non-positive rate', () => {
    const clock = manualClock();
    expect(() => createTokenBucket({perMinute: 0, now: clock.now, sleep: clock.sleep})).toThrow(
      RangeError,
    );
  });
});
