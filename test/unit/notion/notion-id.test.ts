import {describe, expect, it} from 'vitest';
import {parseNotionId} from '../../../source/notion/notion-id.js';
import {backoffDelay, parseRetryAfter} from '../../../source/notion/retry-policy.js';

const dashed = '1429989f-e8ac-4eff-bc8f-57f56486db54';

describe('parseNotionId', () => {
  it.each([
    ['1429989fe8ac4effbc8f57f56486db54', dashed],
    ['1429989F-E8AC-4EFF-BC8F-57F56486DB54', dashed],
    [`  ${dashed}  `, dashed],
    [
      'https://www.notion.so/myworkspace/Flashcards-1429989fe8ac4effbc8f57f56486db54?v=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa',
      dashed,
    ],
    ['https://www.notion.so/1429989fe8ac4effbc8f57f56486db54', dashed],
    ['https://notion.so/team/1429989f-e8ac-4eff-bc8f-57f56486db54', dashed],
  ])('reads %s', (input, expected) => {
    expect(parseNotionId(input)).toBe(expected);
  });

  it.each(['', 'flashcards', 'https://www.notion.so/myworkspace/Flashcards', '1429989fe8ac'])(
    'rejects %j',
    (input) => {
      expect(parseNotionId(input)).toBeNull();
    },
  );
});

describe('retry timing', () => {
  it('parses Retry-After seconds and HTTP dates', () => {
    expect(parseRetryAfter('7', 0)).toBe(7000);
    expect(parseRetryAfter('0.5', 0)).toBe(500);
    expect(parseRetryAfter(new Date(10_000).toUTCString(), 4_000)).toBe(6000);
    expect(parseRetryAfter('soon', 0)).toBeNull();
    expect(parseRetryAfter(null, 0)).toBeNull();
  });

  it('backs off exponentially with bounded jitter', () => {
    const options = {baseDelayMs: 1000, maxDelayMs: 8000};
    expect(backoffDelay(0, options, 0)).toBe(500);
    expect(backoffDelay(0, options, 0.999)).toBeLessThanOrEqual(1000);
    expect(backoffDelay(2, options, 0)).toBe(2000);
    expect(backoffDelay(10, options, 1)).toBe(8000);
    expect(backoffDelay(10, options, 0)).toBe(4000);
  });
});
