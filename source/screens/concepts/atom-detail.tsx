import {Box, Text} from 'ink';
import {ErrorLine} from '../../components/error-line.js';
import {RichLineView} from '../../components/rich-text.js';
import {Spinner} from '../../components/spinner.js';
import {useTheme} from '../../components/theme-context.js';
import {toShownError} from '../app/shell-state.js';
import type {DetailLine} from './atom-detail-lines.js';

/** Props of {@link AtomDetail}. */
export interface AtomDetailProps {
  /** The detail's lines; null while they load. */
  lines: readonly DetailLine[] | null;
  /** Why the lines could not be loaded. */
  error?: unknown;
  /** First line shown (the parent scrolls with list keys). */
  offset: number;
  height: number;
  width: number;
}

/** The detail view of one atom: a window of its lines from `offset`, with what is left below. */
export function AtomDetail({lines, error, offset, height, width}: AtomDetailProps) {
  const {colors} = useTheme();
  if (error) return <ErrorLine {...toShownError(error)} />;
  if (lines === null) return <Spinner label="Loading the atom…" />;
  const room = Math.max(1, height - 1);
  const start = Math.max(0, Math.min(offset, lines.length - room));
  const shown = lines.slice(start, start + room);
  const rest = lines.length - start - shown.length;
  const color = (line: DetailLine) => (line.tone ? colors[line.tone] : undefined);
  return (
    <Box flexDirection="column" width={width}>
      {shown.map((line, index) =>
        line.rich ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: detail lines are positional
          <RichLineView key={start + index} line={line.rich} indent="  " wrap="truncate" />
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: detail lines are positional
          <Text key={start + index} wrap="truncate" bold={line.isHeading} color={color(line)}>
            {line.text}
          </Text>
        ),
      )}
      <Text color={colors.muted}>
        {rest > 0 ? `… ${rest} more lines` : start > 0 ? '(end)' : ''}
      </Text>
    </Box>
  );
}
