import {describe, expect, it} from 'vitest';
import {isRetryableStatus, retryDelayFromBody} from '../../../source/ai/retry-policy.js';

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
