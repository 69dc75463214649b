import {describe, expect, it} from 'vitest';
import {parseNotionId} from '../../../source/notion/notion-id.js';

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
