import {describe, expect, it} from 'vitest';
import {backoffDelay, parseRetryAfter} from '../../../source/network/retry-timing.js';

describe('backoffDelay', () => {
  const limits = {baseMs: 1000, maxMs: 8000};

  it('doubles per retry up to the cap, half fixed and half jitter', () => {
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, limits, 0))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
    expect([0, 1, 2, 3, 4].map((attempt) => backoffDelay(attempt, limits, 1))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ]);
    expect(backoffDelay(2, limits, 0.5)).toBe(3000);
    expect(backoffDelay(0, limits, 0.999)).toBeLessThanOrEqual(1000);
  });

  it('keeps a random value outside [0, 1] inside the step', () => {
    expect(backoffDelay(1, limits, -3)).toBe(1000);
    expect(backoffDelay(1, limits, 7)).toBe(2000);
  });
});

describe('parseRetryAfter', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('reads delta-seconds, whole and fractional', () => {
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter(' 7 ', now)).toBe(7000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('0.5', 0)).toBe(500);
  });

  it('reads an HTTP date relative to now; a past date means no wait', () => {
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:10 GMT', now)).toBe(0);
  });

  it('gives nothing for an absent or unreadable header', () => {
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter('', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
    expect(parseRetryAfter(undefined, now)).toBeUndefined();
  });
});
