import {Box, Text} from 'ink';
import {hintsFor} from '../keymap/keymap.js';
import {useActiveKeymap} from '../keymap/use-keymap.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {useTheme} from './theme-context.js';

/** Props of {@link ConfirmDialog}. */
export interface ConfirmDialogProps {
  title: string;
  message: string;
  /** Destructive: drawn in the danger colour and marked with `!`. */
  isDangerous?: boolean;
}

/** Asks for a yes/no before a dangerous action; the keys come from the `confirm` scope. */
export function ConfirmDialog({title, message, isDangerous = false}: ConfirmDialogProps) {
  const {colors} = useTheme();
  const tone = isDangerous ? colors.danger : colors.accent;
  const hints = hintsFor(useActiveKeymap(), ['confirm']);
  return (
    <Box
      flexDirection="column"
      alignSelf="flex-start"
      borderStyle="round"
      borderColor={tone}
      paddingX={1}
    >
      <Text bold color={tone}>
        {isDangerous ? '! ' : ''}
        {sanitizeTerminalText(title)}
      </Text>
      <Text>{sanitizeTerminalText(message, {multiline: true})}</Text>
      <Text>
        {hints.map((hint, index) => (
          <Text key={hint.id}>
            {index > 0 ? '   ' : ''}
            <Text bold color={colors.accent}>
              {hint.keys}
            </Text>{' '}
            {hint.label}
          </Text>
        ))}
      </Text>
    </Box>
  );
}
