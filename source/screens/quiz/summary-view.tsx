import {Box, Text} from 'ink';
import {RichInline} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import type {PresentedItem} from '../../quiz/present.js';
import {formatDue} from '../../quiz/service/format-due.js';
import type {QuizSummary} from '../../quiz/session-types.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {percent, quizTypeLabels} from './quiz-labels.js';

/** Props of {@link SummaryView}. */
export interface SummaryViewProps {
  summary: QuizSummary;
  items: PresentedItem[];
  now: Date;
  width: number;
  /** Rows left for the next-due list. */
  maxDue?: number;
}

/** Scores by type and by concept, and when the answered items come back. */
export function SummaryView({summary, items, now, width, maxDue = 5}: SummaryViewProps) {
  const {colors} = useTheme();
  const fronts = new Map(items.map((item) => [item.atom.id, item.atom.front]));
  const label = Math.min(40, Math.max(16, Math.floor(width / 3)));
  const pad = (text: string) =>
    text.length > label ? `${text.slice(0, label - 1)}…` : text.padEnd(label);
  if (summary.answered === 0) {
    return <Text>Session ended before any answer; nothing was saved.</Text>;
  }
  return (
    <Box flexDirection="column">
      <Text bold>
        Session done: {summary.correct}/{summary.answered} correct, mean score{' '}
        {percent(summary.meanScore ?? 0)}
        {summary.revealed > 0 ? `, ${summary.revealed} revealed` : ''}
        {summary.unanswered > 0 ? `, ${summary.unanswered} skipped` : ''}
      </Text>
      <Box marginTop={1} flexDirection="column">
        <Text color={colors.muted}>By type</Text>
        {summary.byType.map((row) => (
          <Text key={row.atomType} wrap="truncate">
            {pad(quizTypeLabels[row.atomType])} {row.correct}/{row.answered} correct ·{' '}
            {percent(row.meanScore)}
          </Text>
        ))}
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Text color={colors.muted}>By concept</Text>
        {summary.byConcept.map((row) => (
          <Text key={row.conceptId ?? 'none'} wrap="truncate">
            {pad(sanitizeTerminalText(row.conceptName ?? '(no concept)'))} {row.answered} answered ·{' '}
            {percent(row.meanScore)}
          </Text>
        ))}
      </Box>
      <Box marginTop={1} flexDirection="column">
        <Text color={colors.muted}>Next due</Text>
        {summary.nextDue.slice(0, maxDue).map((row) => (
          <Text key={row.atomId} wrap="truncate">
            {formatDue(row.due, now).padEnd(12)}{' '}
            <RichInline markdown={fronts.get(row.atomId) ?? ''} />
          </Text>
        ))}
        {summary.nextDue.length > maxDue ? (
          <Text color={colors.muted}>… and {summary.nextDue.length - maxDue} more</Text>
        ) : null}
      </Box>
    </Box>
  );
}
