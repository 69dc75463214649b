import {describe, expect, it} from 'vitest';
import {
  backoffDelay,
  isRetryableStatus,
  parseRetryAfter,
  retryDelayFromBody,
} from '../../../source/ai/retry-policy.js';

describe('retry policy', () => {
  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [599, true],
    [undefined, true],
    [400, false],
    [401, false],
    [402, false],
    [403, false],
    [404, false],
  ])('status %s retryable: %s', (status, expected) => {
    expect(isRetryableStatus(status)).toBe(expected);
  });

  it('backs off exponentially with bounded jitter', () => {
    const options = {baseMs: 1000, maxMs: 8000};
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, 0, options))).toEqual([
      500, 1000, 2000, 4000, 4000,
    ]);
    expect([0, 1, 2, 3, 4].map((retry) => backoffDelay(retry, 1, options))).toEqual([
      1000, 2000, 4000, 8000, 8000,
    ]);
    expect(backoffDelay(2, 0.5, options)).toBe(3000);
  });

  it('parses Retry-After seconds and dates', () => {
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5000);
    expect(parseRetryAfter('1.5', now)).toBe(1500);
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:10 GMT', now)).toBe(10_000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:10 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('reads RetryInfo from a Google error body', () => {
    const body = {
      error: {
        code: 429,
        details: [
          {'@type': 'type.googleapis.com/google.rpc.QuotaFailure'},
          {'@type': 'type.googleapis.com/google.rpc.RetryInfo', retryDelay: '27s'},
        ],
      },
    };
    expect(retryDelayFromBody(body)).toBe(27_000);
    expect(retryDelayFromBody({error: {code: 500}})).toBeUndefined();
    expect(retryDelayFromBody('nope')).toBeUndefined();
  });
});
