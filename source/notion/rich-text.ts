import {isRecord, own, ownString} from './json-shape.js';

// Text is assembled from `plain_text` (what Notion renders); older exports and hand-written
// staging rows may only carry `text.content` or an equation expression, so fall back to those.
function segmentText(segment: unknown): string {
  const plain = ownString(segment, 'plain_text');
  if (plain !== null) return plain;
  const content = ownString(own(segment, 'text'), 'content');
  if (content !== null) return content;
  const expression = ownString(own(segment, 'equation'), 'expression');
  return expression ?? '';
}

/** Concatenated text of a rich-text array (or a single rich-text item); null if neither. */
export function richTextToPlain(value: unknown): string | null {
  if (Array.isArray(value)) return value.map(segmentText).join('');
  if (isRecord(value)) return segmentText(value);
  return null;
}
