import {Box, Text} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {displayWidth, padToWidth} from './text-width.js';
import {useTheme} from './theme-context.js';

/** One column of a {@link Table}. */
export interface TableColumn {
  /** The row property shown in this column. */
  key: string;
  header: string;
  align?: 'left' | 'right';
  /** Cells wider than this are cut with `…`. */
  maxWidth?: number;
}

/** Props of {@link Table}. */
export interface TableProps {
  columns: readonly TableColumn[];
  rows: readonly Readonly<Record<string, unknown>>[];
}

const cellText = (value: unknown): string =>
  value === null || value === undefined ? '' : sanitizeTerminalText(String(value));

/**
 * The table as lines of text: box-drawing borders, a header, columns sized by display width
 * (so CJK lines up). Cells are sanitised, so a cell cannot carry an escape sequence.
 */
export function renderTableLines(
  columns: readonly TableColumn[],
  rows: readonly Readonly<Record<string, unknown>>[],
): string[] {
  const cells = rows.map((row) => columns.map((column) => cellText(row[column.key])));
  const widths = columns.map((column, index) => {
    const natural = Math.max(
      displayWidth(column.header),
      ...cells.map((row) => displayWidth(row[index] ?? '')),
    );
    return Math.max(1, Math.min(natural, column.maxWidth ?? natural));
  });
  const rule = (left: string, middle: string, right: string) =>
    `${left}${widths.map((width) => '─'.repeat(width + 2)).join(middle)}${right}`;
  const line = (values: readonly string[]) =>
    `│${columns.map((column, index) => ` ${padToWidth(values[index] ?? '', widths[index]!, column.align)} `).join('│')}│`;
  return [
    rule('┌', '┬', '┐'),
    line(columns.map((column) => column.header)),
    rule('├', '┼', '┤'),
    ...cells.map(line),
    rule('└', '┴', '┘'),
  ];
}

/** A static bordered table (for scrolling, selectable lists use VirtualList). */
export function Table({columns, rows}: TableProps) {
  const {colors} = useTheme();
  const lines = renderTableLines(columns, rows);
  // Keys are line numbers: the lines are positional and a re-render never reorders them.
  const keyed = lines.map((text, row) => ({text, key: `line-${row}`, row}));
  return (
    <Box flexDirection="column">
      {keyed.map(({text, key, row}) => {
        const isRule = row === 0 || row === 2 || row === lines.length - 1;
        return (
          <Text
            key={key}
            wrap="truncate"
            color={isRule ? colors.muted : undefined}
            bold={row === 1}
          >
            {text}
          </Text>
        );
      })}
    </Box>
  );
}
