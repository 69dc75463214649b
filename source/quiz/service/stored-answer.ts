import type {PresentedItem, QuizResponse} from '../present.js';

/** An answer in content coordinates (`quiz_attempts.answer`), independent of the shuffle. */
export type StoredAnswer =
  | {type: 'mcq'; selected: number[]}
  | {type: 'true_false'; value: boolean | null}
  /** `pairs[left]` = index of the right item of `content.pairs`, or null. */
  | {type: 'matching'; pairs: (number | null)[]}
  | {
      type: 'parsons';
      arrangement: {source: 'line' | 'distractor'; index: number; level: number}[];
    };

/** Maps a response given on screen back to the content's own indices, for storage. */
export function storedAnswer(item: PresentedItem, response: QuizResponse): StoredAnswer {
  const view = item.view;
  if (response.type === 'mcq' && view.type === 'mcq') {
    const selected = response.selected.map((at) => view.optionOrder[at] ?? -1);
    return {type: 'mcq', selected: selected.filter((i) => i >= 0).sort((a, b) => a - b)};
  }
  if (response.type === 'matching' && view.type === 'matching') {
    return {
      type: 'matching',
      pairs: response.pairs.map((right) =>
        right === null ? null : (view.rightOrder[right] ?? null),
      ),
    };
  }
  if (response.type === 'parsons' && view.type === 'parsons') {
    return {
      type: 'parsons',
      arrangement: response.arrangement.flatMap(({block, level}) => {
        const shown = view.blocks[block];
        return shown ? [{source: shown.source, index: shown.index, level}] : [];
      }),
    };
  }
  if (response.type === 'true_false') return {type: 'true_false', value: response.value};
  throw new Error(`response ${response.type} does not match the item (${view.type})`);
}
