import {Text} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {DiffSegment} from '../text/word-diff.js';
import {useTheme} from './theme-context.js';

/** Props of {@link WordDiff}. */
export interface WordDiffProps {
  /** Output of `diffWords(before, after)`, computed (and memoised) by the screen. */
  segments: readonly DiffSegment[];
  /** Show `[-deleted-]{+inserted+}` markers even with colour on (default: only with no colour). */
  showMarkers?: boolean;
}

/** The text form of a diff, readable without colour: `[-old-]{+new+}` as in `git --word-diff`. */
export function formatWordDiff(segments: readonly DiffSegment[]): string {
  return segments
    .map((segment) => {
      const text = sanitizeTerminalText(segment.text, {multiline: true});
      if (segment.type === 'delete') return `[-${text}-]`;
      if (segment.type === 'insert') return `{+${text}+}`;
      return text;
    })
    .join('');
}

/**
 * A word diff: deletions red and struck through, insertions green and underlined. Changes that
 * are only whitespace get a background so they stay visible. With no colour, markers carry it.
 */
export function WordDiff({segments, showMarkers}: WordDiffProps) {
  const theme = useTheme();
  if (showMarkers ?? theme.noColor) return <Text>{formatWordDiff(segments)}</Text>;
  return (
    <Text>
      {segments.map((segment, index) => {
        const text = sanitizeTerminalText(segment.text, {multiline: true});
        if (segment.type === 'same') {
          // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
          return <Text key={index}>{text}</Text>;
        }
        const color = theme.colors[segment.type];
        const isBlank = text.trim() === '';
        return (
          <Text
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
            key={index}
            color={isBlank ? undefined : color}
            backgroundColor={isBlank ? color : undefined}
            strikethrough={segment.type === 'delete'}
            underline={segment.type === 'insert'}
          >
            {text}
          </Text>
        );
      })}
    </Text>
  );
}
