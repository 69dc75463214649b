import {Text, useIsScreenReaderEnabled} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {graphemes} from './text-width.js';
import {useTheme} from './theme-context.js';

/** Props of {@link TextInput}. */
export interface TextInputProps {
  value: string;
  /** Cursor position in graphemes (see `LineState`). */
  cursor: number;
  placeholder?: string;
  /** Draws the cursor; false for an input that is shown but not being typed into. */
  isFocused?: boolean;
}

/**
 * A controlled single-line input; the cursor is an inverse cell, or `▏` with no colour. It reads no keys itself: the parent's `useKeymap` passes
 * unmatched input (its `onUnmatched` option) through `editLine` and renders the new state.
 * Keeping input in one place avoids two `useInput` hooks fighting over the same key.
 */
export function TextInput({value, cursor, placeholder = '', isFocused = true}: TextInputProps) {
  const {colors, noColor} = useTheme();
  const screenReader = useIsScreenReaderEnabled();
  const chars = graphemes(sanitizeTerminalText(value));
  // A drawn cursor splits the word being read; a listener hears the text, or that it is empty.
  if (screenReader) {
    const empty = placeholder === '' ? '(empty)' : `(empty: ${placeholder})`;
    return <Text>{chars.length === 0 ? empty : chars.join('')}</Text>;
  }
  if (chars.length === 0 && !isFocused) return <Text color={colors.muted}>{placeholder}</Text>;
  if (!isFocused) return <Text>{chars.join('')}</Text>;
  const at = Math.min(Math.max(cursor, 0), chars.length);
  // Without colour the terminal may also drop inverse video, so the cursor becomes a glyph.
  if (noColor) {
    return (
      <Text>
        {chars.slice(0, at).join('')}▏{chars.slice(at).join('')}
        {chars.length === 0 ? <Text color={colors.muted}>{placeholder}</Text> : null}
      </Text>
    );
  }
  const under = chars[at] ?? ' ';
  return (
    <Text>
      {chars.slice(0, at).join('')}
      <Text inverse>{under}</Text>
      {chars.slice(at + 1).join('')}
      {chars.length === 0 && placeholder !== '' ? (
        <Text color={colors.muted}>{placeholder}</Text>
      ) : null}
    </Text>
  );
}
