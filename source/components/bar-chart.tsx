import {Box, Text} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {SemanticColor} from '../theme.js';
import {displayWidth, padToWidth} from './text-width.js';
import {useTheme} from './theme-context.js';

/** One bar: a label (e.g. a day) and a non-negative value. */
export interface Bar {
  label: string;
  value: number;
}

// Eighth blocks give bars sub-character resolution.
const horizontalEighths = ['', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
const verticalEighths = [' ', '▁', '▂', '▃', '▄', '▅', '▆', '▇'];

const eighthsOf = (value: number, max: number, cells: number) =>
  max <= 0 ? 0 : Math.round((Math.max(0, value) / max) * cells * 8);

/** Horizontal chart lines: `label █████▍ value`, the longest bar `width` cells. */
export function renderHorizontalBars(bars: readonly Bar[], width: number): string[] {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const labelWidth = Math.max(0, ...bars.map((bar) => displayWidth(bar.label)));
  return bars.map((bar) => {
    const eighths = eighthsOf(bar.value, max, width);
    const body = '█'.repeat(Math.floor(eighths / 8)) + horizontalEighths[eighths % 8];
    return `${padToWidth(bar.label, labelWidth)} ${padToWidth(body, width)} ${bar.value}`;
  });
}

/** Vertical chart lines, top to bottom: values, `height` rows of bars, then the labels. */
export function renderVerticalBars(bars: readonly Bar[], height: number): string[] {
  const max = Math.max(0, ...bars.map((bar) => bar.value));
  const columnWidth = Math.max(
    2,
    ...bars.map((bar) => Math.max(displayWidth(bar.label), String(bar.value).length)),
  );
  const cells = bars.map((bar) => eighthsOf(bar.value, max, height));
  const rows: string[] = [];
  for (let row = height - 1; row >= 0; row--) {
    const line = cells.map((eighths) => {
      const fill = Math.min(8, Math.max(0, eighths - row * 8));
      return (fill === 8 ? '█' : verticalEighths[fill]!).repeat(columnWidth);
    });
    rows.push(line.join(' '));
  }
  const row = (texts: string[]) =>
    texts.map((text) => padToWidth(text, columnWidth, 'right')).join(' ');
  return [row(bars.map((bar) => String(bar.value))), ...rows, row(bars.map((bar) => bar.label))];
}

/** Props of {@link BarChart}. */
export interface BarChartProps {
  bars: readonly Bar[];
  orientation?: 'horizontal' | 'vertical';
  /** Horizontal: cells of the longest bar (default 30). */
  width?: number;
  /** Vertical: rows of the tallest bar (default 6). */
  height?: number;
  color?: SemanticColor;
  /** How a screen reader hears one bar (default `label: value`), e.g. `day 07: 6`. */
  describe?: (bar: Bar) => string;
}

/** Bars labelled by day of the month, read aloud as `day 07: 6` (`EX` is the exam day). */
export function describeDayBar(bar: Bar): string {
  return `${bar.label === 'EX' ? 'exam day' : `day ${bar.label}`}: ${bar.value}`;
}

/** A terminal bar chart, e.g. the 14-day due forecast on the dashboard. */
export function BarChart(props: BarChartProps) {
  const {colors} = useTheme();
  const bars = props.bars.map((bar) => ({...bar, label: sanitizeTerminalText(bar.label)}));
  const isVertical = props.orientation === 'vertical';
  const lines = isVertical
    ? renderVerticalBars(bars, props.height ?? 6)
    : renderHorizontalBars(bars, props.width ?? 30);
  const color = colors[props.color ?? 'accent'];
  // Block glyphs mean nothing read aloud: a screen reader hears the figures in order.
  const describe = props.describe ?? ((bar: Bar) => `${bar.label}: ${bar.value}`);
  const spoken = bars.map(describe).join(', ');
  return (
    <Box flexDirection="column" aria-label={spoken === '' ? 'no data' : spoken}>
      {lines.map((line, index) => {
        const isAxis = isVertical && (index === 0 || index === lines.length - 1);
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional and never reorder
          <Text key={index} wrap="truncate" color={isAxis ? colors.muted : color}>
            {line}
          </Text>
        );
      })}
    </Box>
  );
}
