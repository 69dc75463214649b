// Editing the on-screen answer. Every function returns a new draft (or the same one when the
// action does not apply), so the reducer stays pure.
import type {PresentedItem, QuizResponse} from './present.js';
import type {AnswerDraft, QuizSessionAction} from './session-types.js';

/** Deepest Parsons indentation a person can set. */
export const maxParsonsLevel = 8;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** The blank draft of a presented item (Parsons blocks in shuffled order at level 0). */
export function initialDraft(item: PresentedItem): AnswerDraft {
  switch (item.view.type) {
    case 'mcq':
      return {type: 'mcq', selected: [], cursor: 0};
    case 'true_false':
      return {type: 'true_false', value: null};
    case 'matching':
      return {
        type: 'matching',
        pairs: item.view.left.map(() => null),
        pendingLeft: null,
        cursor: 0,
      };
    case 'parsons':
      return {
        type: 'parsons',
        blocks: item.view.blocks.map((_, block) => ({block, level: 0, excluded: false})),
        cursor: 0,
      };
  }
}

/**
 * True when nothing is chosen yet: no option, neither true nor false, no pair. A Parsons
 * arrangement always stands for an answer (its blocks are on screen in some order).
 */
export function isBlankDraft(draft: AnswerDraft): boolean {
  switch (draft.type) {
    case 'mcq':
      return draft.selected.length === 0;
    case 'true_false':
      return draft.value === null;
    case 'matching':
      return draft.pairs.every((pair) => pair === null);
    case 'parsons':
      return false;
  }
}

/** The response a draft stands for (excluded Parsons blocks are left out). */
export function draftResponse(draft: AnswerDraft): QuizResponse {
  switch (draft.type) {
    case 'mcq':
      return {type: 'mcq', selected: [...draft.selected].sort((a, b) => a - b)};
    case 'true_false':
      return {type: 'true_false', value: draft.value};
    case 'matching':
      return {type: 'matching', pairs: [...draft.pairs]};
    case 'parsons':
      return {
        type: 'parsons',
        arrangement: draft.blocks
          .filter((entry) => !entry.excluded)
          .map(({block, level}) => ({block, level})),
      };
  }
}

function cursorLength(item: PresentedItem, draft: AnswerDraft): number {
  const view = item.view;
  if (draft.type === 'mcq' && view.type === 'mcq') return view.options.length;
  if (draft.type === 'matching' && view.type === 'matching') {
    return draft.pendingLeft === null ? view.left.length : view.right.length;
  }
  if (draft.type === 'parsons') return draft.blocks.length;
  return 0;
}

function nextUnpaired(pairs: (number | null)[], from: number): number {
  for (let step = 1; step <= pairs.length; step++) {
    const at = (from + step) % pairs.length;
    if (pairs[at] === null) return at;
  }
  return from;
}

function editMatching(
  draft: Extract<AnswerDraft, {type: 'matching'}>,
  action: QuizSessionAction,
  rightCount: number,
): AnswerDraft {
  if (action.type === 'matching-pick-left') {
    const left = action.left ?? (draft.pendingLeft === null ? draft.cursor : draft.pendingLeft);
    if (left < 0 || left >= draft.pairs.length) return draft;
    return {...draft, pendingLeft: left, cursor: draft.pairs[left] ?? 0};
  }
  if (action.type === 'matching-pick-right') {
    const right = action.right ?? draft.cursor;
    if (draft.pendingLeft === null || right < 0 || right >= rightCount) return draft;
    // A right item belongs to one left item at a time, so it moves rather than duplicates.
    const pairs = draft.pairs.map((value) => (value === right ? null : value));
    pairs[draft.pendingLeft] = right;
    return {...draft, pairs, pendingLeft: null, cursor: nextUnpaired(pairs, draft.pendingLeft)};
  }
  if (action.type === 'matching-unpair') {
    if (draft.pendingLeft !== null) return {...draft, pendingLeft: null, cursor: draft.pendingLeft};
    const left = action.left ?? draft.cursor;
    if (left < 0 || left >= draft.pairs.length) return draft;
    const pairs = [...draft.pairs];
    pairs[left] = null;
    return {...draft, pairs};
  }
  return draft;
}

function editParsons(
  draft: Extract<AnswerDraft, {type: 'parsons'}>,
  action: QuizSessionAction,
): AnswerDraft {
  const current = draft.blocks[draft.cursor];
  if (!current) return draft;
  const blocks = [...draft.blocks];
  if (action.type === 'parsons-move-line') {
    const target = draft.cursor + action.direction;
    if (target < 0 || target >= blocks.length) return draft;
    [blocks[draft.cursor], blocks[target]] = [blocks[target]!, current];
    return {...draft, blocks, cursor: target};
  }
  if (action.type === 'parsons-indent') {
    blocks[draft.cursor] = {
      ...current,
      level: clamp(current.level + action.delta, 0, maxParsonsLevel),
    };
    return {...draft, blocks};
  }
  if (action.type === 'parsons-toggle-distractor') {
    blocks[draft.cursor] = {...current, excluded: !current.excluded};
    return {...draft, blocks};
  }
  return draft;
}

/** Applies an answer-editing action to the draft of `item`. */
export function editDraft(
  item: PresentedItem,
  draft: AnswerDraft,
  action: QuizSessionAction,
): AnswerDraft {
  if (action.type === 'cursor-move') {
    const length = cursorLength(item, draft);
    if (length === 0 || !('cursor' in draft)) return draft;
    return {...draft, cursor: clamp(draft.cursor + action.delta, 0, length - 1)};
  }
  if (draft.type === 'mcq' && action.type === 'mcq-toggle' && item.view.type === 'mcq') {
    const option = action.option ?? draft.cursor;
    if (option < 0 || option >= item.view.options.length) return draft;
    const chosen = draft.selected.includes(option);
    if (!item.view.multi) return {...draft, selected: chosen ? [] : [option], cursor: option};
    const selected = chosen
      ? draft.selected.filter((value) => value !== option)
      : [...draft.selected, option];
    return {...draft, selected, cursor: option};
  }
  if (draft.type === 'true_false' && action.type === 'true-false-set') {
    return {...draft, value: action.value};
  }
  if (draft.type === 'matching' && item.view.type === 'matching') {
    return editMatching(draft, action, item.view.right.length);
  }
  if (draft.type === 'parsons') return editParsons(draft, action);
  return draft;
}
