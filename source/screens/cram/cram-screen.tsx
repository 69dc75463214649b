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
  /** Whether it has the keys (default true). */
  isActive?: boolean;
  /** Called with the summary line when the learner leaves (without it: the program ends). */
  onLeave?: (summary: string) => void;
  /** Standalone (`nls quiz --cram`): q and esc leave too (inside the app the shell owns them). */
  isStandalone?: boolean;
}

/** Cram mode: any atom, front then back, known or missed; nothing is written anywhere. */
export function CramScreen({
  items,
  width,
  isActive = true,
  onLeave,
  isStandalone,
}: CramScreenProps) {
  const {colors} = useTheme();
  const {exit} = useApp();
  const [state, dispatch] = useReducer(cramReducer, items, startCram);
  const done = isCramDone(state);
  const leave = () => {
    if (onLeave) onLeave(cramSummary(state));
    else exit();
  };
  const standalone = isStandalone ? {'global.quit': leave, 'global.back': leave} : {};
  useKeymap(
    {
      'cram.reveal': () => (done ? leave() : dispatch({type: 'reveal'})),
      'cram.knew': () => dispatch({type: 'knew'}),
      'cram.missed': () => dispatch({type: 'missed'}),
      'cram.leave': leave,
      ...standalone,
    },
    {scopes: SCOPE_STACKS.cram, isActive},
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
