import {Box, Text, useApp} from 'ink';
import {useReducer} from 'react';
import {FooterHints} from '../../components/footer-hints.js';
import {useTheme} from '../../components/theme-context.js';
import {SCOPE_STACKS} from '../../keymap/keymap.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {
  type CramItem,
  cramReducer,
  cramSummary,
  isCramDone,
  startCram,
} from '../../quiz/cram/cram-session.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';

/** Props of {@link CramScreen}. */
export interface CramScreenProps {
  items: readonly CramItem[];
  width: number;
  /** Called with the summary line when the session ends or the learner leaves. */
  onExit?: (summary: string) => void;
}

/** Cram mode: any atom, front then back, known or missed; nothing is written anywhere. */
export function CramScreen({items, width, onExit}: CramScreenProps) {
  const {colors} = useTheme();
  const {exit} = useApp();
  const [state, dispatch] = useReducer(cramReducer, items, startCram);
  const done = isCramDone(state);
  const leave = () => {
    onExit?.(cramSummary(state));
    exit();
  };
  useKeymap(
    {
      'cram.reveal': () => (done ? leave() : dispatch({type: 'reveal'})),
      'cram.knew': () => dispatch({type: 'knew'}),
      'cram.missed': () => dispatch({type: 'missed'}),
      'global.quit': leave,
      'global.back': leave,
    },
    {scopes: SCOPE_STACKS.cram},
  );
  const item = state.items[state.index];
  return (
    <Box flexDirection="column" width={width}>
      <Text color={colors.accent} bold>
        Cram mode — nothing is saved
      </Text>
      {done || item === undefined ? (
        <Text>{cramSummary(state)}</Text>
      ) : (
        <>
          <Text color={colors.muted}>
            {`${state.index + 1} of ${state.items.length} · ${sanitizeTerminalText(item.atomType)}`}
          </Text>
          <Text>{sanitizeTerminalText(item.front)}</Text>
          {state.isRevealed ? (
            <Text color={colors.success}>{sanitizeTerminalText(item.back)}</Text>
          ) : null}
        </>
      )}
      <FooterHints scopes={SCOPE_STACKS.cram} width={width} />
    </Box>
  );
}
