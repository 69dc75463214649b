import {Box, Text} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {SemanticColor} from '../theme.js';
import {useTheme} from './theme-context.js';

/** One piece of the status bar, e.g. `embedded db` or `last sync 5 min ago`. */
export interface StatusSegment {
  text: string;
  tone?: SemanticColor;
}

/** Props of {@link StatusBar}. */
export interface StatusBarProps {
  left: readonly StatusSegment[];
  right?: readonly StatusSegment[];
}

function Segments({segments}: {segments: readonly StatusSegment[]}) {
  const {colors} = useTheme();
  return (
    <Text wrap="truncate">
      {segments.map((segment, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: segments are positional
        <Text key={index}>
          {index > 0 ? <Text color={colors.muted}> │ </Text> : null}
          <Text color={segment.tone ? colors[segment.tone] : undefined}>
            {sanitizeTerminalText(segment.text)}
          </Text>
        </Text>
      ))}
    </Text>
  );
}

/** The one-line status bar: segments on the left, optional segments pushed to the right. */
export function StatusBar({left, right = []}: StatusBarProps) {
  return (
    <Box
      justifyContent="space-between"
      width="100%"
      aria-label={`Status: ${[...left, ...right].map((segment) => sanitizeTerminalText(segment.text)).join('; ')}`}
    >
      <Segments segments={left} />
      {right.length > 0 ? <Segments segments={right} /> : null}
    </Box>
  );
}
