import {Box, Text} from 'ink';
import {useMemo} from 'react';
import {
  markdownToRichLines,
  markdownToRichSpans,
  markedSpanText,
  type RichLine,
  type RichSpan,
} from '../text/markdown-spans.js';
import {useTheme} from './theme-context.js';

/** One styled span: Ink styles with colour on, textual markers (`**`, `_`, `~~`, `` ` ``) without. */
function Span({span, noColor}: {span: RichSpan; noColor: boolean}) {
  const {colors} = useTheme();
  if (noColor) return <Text>{markedSpanText(span)}</Text>;
  const color = span.url ? colors.muted : span.code || span.math ? colors.accent : undefined;
  return (
    <Text
      bold={span.bold}
      italic={span.italic}
      strikethrough={span.strike}
      underline={span.link}
      color={color}
    >
      {span.text}
    </Text>
  );
}

function Spans({spans, noColor}: {spans: readonly RichSpan[]; noColor: boolean}) {
  return spans.map((span, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional
    <Span key={index} span={span} noColor={noColor} />
  ));
}

/** Props of {@link RichInline}. */
export interface RichInlineProps {
  /** Card Markdown (untrusted: it is sanitised). */
  markdown: string;
}

/** Card Markdown on one line (line breaks become spaces), for list rows and options. */
export function RichInline({markdown}: RichInlineProps) {
  const {noColor} = useTheme();
  const spans = useMemo(() => markdownToRichSpans(markdown), [markdown]);
  return (
    <Text>
      <Spans spans={spans} noColor={noColor} />
    </Text>
  );
}

/** Props of {@link RichLineView}. */
export interface RichLineViewProps {
  line: RichLine;
  /** Put in front of the line. */
  indent?: string;
  /** Long prose lines wrap (default) or are cut at the width. */
  wrap?: 'wrap' | 'truncate';
  /** Draw prose in bold (a question). */
  bold?: boolean;
}

/** One line of {@link markdownToRichLines} output. */
export function RichLineView({line, indent = '', wrap = 'wrap', bold}: RichLineViewProps) {
  const {colors, noColor} = useTheme();
  if (line.kind === 'label') {
    return (
      <Text color={colors.muted} wrap="truncate">
        {indent}┌ {line.spans[0]?.text}
      </Text>
    );
  }
  if (line.kind === 'code') {
    // A code block is its own marker: the bar and the label, in colour or not.
    return (
      <Text wrap="truncate">
        <Text color={colors.muted} aria-hidden>
          {indent}│{' '}
        </Text>
        <Text color={colors.accent}>{line.spans[0]?.text}</Text>
      </Text>
    );
  }
  return (
    <Text wrap={wrap} bold={bold}>
      {indent}
      <Spans spans={line.spans} noColor={noColor} />
    </Text>
  );
}

/** Props of {@link RichText}. */
export interface RichTextProps {
  /** Card Markdown (untrusted: it is sanitised). */
  markdown: string;
  /** Put in front of every line. */
  indent?: string;
  /** Show at most this many lines. */
  maxLines?: number;
  /** Long prose lines wrap (default) or are cut at the width. */
  wrap?: 'wrap' | 'truncate';
  /** Draw prose in bold (a question). */
  bold?: boolean;
}

/**
 * Card Markdown over several lines: bold, italic, strikethrough and code styled (or marked
 * under `NO_COLOR`), math as TeX between `$`, links as text plus `<url>`, code blocks under
 * their language.
 */
export function RichText({markdown, indent = '', maxLines, wrap, bold}: RichTextProps) {
  const lines = useMemo(() => markdownToRichLines(markdown), [markdown]);
  const shown = maxLines === undefined ? lines : lines.slice(0, maxLines);
  return (
    <Box flexDirection="column">
      {shown.map((line, index) => (
        <RichLineView
          // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
          key={index}
          line={line}
          indent={indent}
          {...(wrap ? {wrap} : {})}
          {...(bold ? {bold} : {})}
        />
      ))}
    </Box>
  );
}
