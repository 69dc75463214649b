import type {KeyInfo} from '../keymap/keymap.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {graphemes} from './text-width.js';

/** A single-line edit buffer; `cursor` counts graphemes from the start. */
export interface LineState {
  value: string;
  cursor: number;
}

/** The key object of Ink's `useInput` as the editor needs it (ctrl+a/e/u/k/w use `ctrl`). */
export type EditKey = KeyInfo;

const clamp = (value: number, high: number) => Math.min(Math.max(value, 0), high);

/**
 * Applies one key press to a line. Unknown keys (return, escape, tab, up/down) return the same
 * state object, so the caller can tell that the editor did not use the key. Pasted text is
 * sanitised, so an escape sequence cannot be typed into a value.
 */
export function editLine(state: LineState, input: string, key: EditKey): LineState {
  const chars = graphemes(state.value);
  const cursor = clamp(state.cursor, chars.length);
  const at = (next: string[], nextCursor: number): LineState => ({
    value: next.join(''),
    cursor: nextCursor,
  });
  if (key.leftArrow) return {value: state.value, cursor: clamp(cursor - 1, chars.length)};
  if (key.rightArrow) return {value: state.value, cursor: clamp(cursor + 1, chars.length)};
  if (key.home || (key.ctrl && input === 'a')) return {value: state.value, cursor: 0};
  if (key.end || (key.ctrl && input === 'e')) return {value: state.value, cursor: chars.length};
  // Terminals send DEL for backspace and Ink reports it as `delete`, so both erase backwards.
  if (key.backspace || key.delete) {
    if (cursor === 0) return state;
    return at([...chars.slice(0, cursor - 1), ...chars.slice(cursor)], cursor - 1);
  }
  if (key.ctrl && input === 'u') return at(chars.slice(cursor), 0);
  if (key.ctrl && input === 'k') return at(chars.slice(0, cursor), cursor);
  if (key.ctrl && input === 'w') {
    let start = cursor;
    while (start > 0 && /\s/.test(chars[start - 1]!)) start--;
    while (start > 0 && !/\s/.test(chars[start - 1]!)) start--;
    return at([...chars.slice(0, start), ...chars.slice(cursor)], start);
  }
  if (key.ctrl || key.meta || key.return || key.escape || key.tab || key.upArrow) return state;
  if (key.downArrow || key.pageUp || key.pageDown) return state;
  const typed = graphemes(sanitizeTerminalText(input));
  if (typed.length === 0) return state;
  return at([...chars.slice(0, cursor), ...typed, ...chars.slice(cursor)], cursor + typed.length);
}
