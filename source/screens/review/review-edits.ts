import type {LineState} from '../../components/line-editor.js';
import type {CardText, ReviewItem} from '../../review/review-types.js';
import type {ReviewState} from './review-state.js';

/** The item keys and queue ids a decision covers. */
export interface DecisionGroups {
  keys: string[];
  ids: string[];
}

/** An input line holding `value`, the cursor at its end. */
export const lineAt = (value: string): LineState => ({value, cursor: [...value].length});

/** The marked items as one decision: their keys and every queue id they hold. */
export function markedGroups(state: ReviewState): DecisionGroups {
  const entries = [...state.marked];
  return {keys: entries.map(([key]) => key), ids: entries.flatMap(([, ids]) => ids)};
}

/** The edit form's fields for an item: front and back of each card, in order. */
export function editFormFields(item: ReviewItem): LineState[] {
  return item.cards.flatMap((card) => [lineAt(card.front), lineAt(card.back ?? '')]);
}

/** The card texts the edit form holds, trimmed; an empty back is no back. */
export function editFormTexts(item: ReviewItem, fields: readonly LineState[]): CardText[] {
  return item.cards.map((_, index) => ({
    front: fields[index * 2]?.value.trim() ?? '',
    back: fields[index * 2 + 1]?.value.trim() || null,
  }));
}

/** The cards whose text differs from `texts`, by queue id (an empty map: nothing changed). */
export function changedCards(
  item: ReviewItem,
  texts: readonly CardText[],
): Record<string, CardText> {
  const edits: Record<string, CardText> = {};
  item.cards.forEach((card, index) => {
    const text = texts[index];
    if (text && (text.front !== card.front || (text.back ?? '') !== (card.back ?? ''))) {
      edits[card.id] = text;
    }
  });
  return edits;
}
