import {Box, Text} from 'ink';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import {useTheme} from './theme-context.js';

/** Props of {@link ErrorLine}. */
export interface ErrorLineProps {
  message: string;
  /** What to do about it (a `UserError` hint). */
  hint?: string;
}

/** A problem and its fix: `✗ message` and, below, `→ hint`. Text is sanitised. */
export function ErrorLine({message, hint}: ErrorLineProps) {
  const {colors} = useTheme();
  return (
    <Box flexDirection="column">
      <Text color={colors.danger}>
        <Text aria-label="Error:">✗</Text> {sanitizeTerminalText(message)}
      </Text>
      {hint ? (
        <Text color={colors.muted}>
          <Text aria-label="Fix:">→</Text> {sanitizeTerminalText(hint)}
        </Text>
      ) : null}
    </Box>
  );
}
