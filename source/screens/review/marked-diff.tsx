import {Text} from 'ink';
import {useTheme} from '../../components/theme-context.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import type {DiffSegment} from '../../text/word-diff.js';

/**
 * A word diff in colour AND with `[-deleted-]{+inserted+}` markers, so a change reads the same
 * in a colour-blind eye, a screen capture or a terminal without colour.
 */
export function MarkedDiff({segments}: {segments: readonly DiffSegment[]}) {
  const {colors} = useTheme();
  return (
    <Text>
      {segments.map((segment, index) => {
        const text = sanitizeTerminalText(segment.text, {multiline: true});
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
        if (segment.type === 'same') return <Text key={index}>{text}</Text>;
        const isDelete = segment.type === 'delete';
        return (
          <Text
            // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
            key={index}
            color={colors[segment.type]}
            strikethrough={isDelete}
            aria-label={`(${isDelete ? 'deleted' : 'inserted'}: ${text.replaceAll('\n', ' ').trim()}) `}
          >
            {isDelete ? `[-${text}-]` : `{+${text}+}`}
          </Text>
        );
      })}
    </Text>
  );
}
