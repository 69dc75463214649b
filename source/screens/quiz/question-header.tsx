import {Box, Text} from 'ink';
import {RichText} from '../../components/rich-text.js';
import {useTheme} from '../../components/theme-context.js';
import type {PresentedItem} from '../../quiz/present.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {quizTypeLabels} from './quiz-labels.js';

/** Props of {@link QuestionHeader}. */
export interface QuestionHeaderProps {
  item: PresentedItem;
  position: number;
  total: number;
}

/** Type, concept and position (`3/10`) above the question text. */
export function QuestionHeader({item, position, total}: QuestionHeaderProps) {
  const {colors} = useTheme();
  const concept = item.atom.conceptName ? sanitizeTerminalText(item.atom.conceptName) : null;
  return (
    <Box flexDirection="column" marginBottom={1}>
      <Text wrap="truncate">
        <Text color={colors.accent} bold>
          {position}/{total}
        </Text>
        <Text> {quizTypeLabels[item.atom.atomType]}</Text>
        {concept ? <Text color={colors.muted}> · {concept}</Text> : null}
      </Text>
      <RichText markdown={item.atom.front} bold />
    </Box>
  );
}
