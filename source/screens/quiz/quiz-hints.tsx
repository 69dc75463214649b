import {Text, useIsScreenReaderEnabled} from 'ink';
import {fitHints, spokenHints} from '../../components/footer-hints.js';
import {useTheme} from '../../components/theme-context.js';
import {type ActionId, formatKeys, type Hint, hintsFor, type Scope} from '../../keymap/keymap.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';

/** Global actions the standalone quiz handles itself (help, palette and undo belong to the shell). */
const handledGlobals: readonly ActionId[] = ['global.quit', 'global.back'];

/** Key hints of the standalone quiz: the step's actions plus quit. */
export function QuizHints(props: {scopes: readonly Scope[]; width: number; closeHint?: boolean}) {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  const screenReader = useIsScreenReaderEnabled();
  const close: Hint = {
    id: 'quiz-feedback.next',
    keys: formatKeys(keymap, 'quiz-feedback.next', 1),
    label: 'close',
    dangerous: false,
  };
  const all = [
    ...(props.closeHint ? [close] : []),
    ...hintsFor(keymap, props.scopes).filter(
      (hint) =>
        !hint.id.startsWith('global.') ||
        (handledGlobals.includes(hint.id) && !(props.closeHint && hint.id === 'global.back')),
    ),
  ];
  const label = (hint: Hint) => (hint.id === 'global.back' ? 'end session' : hint.label);
  if (screenReader)
    return (
      <Text>
        {spokenHints(
          all.map((hint) => ({...hint, label: label(hint)})),
          'Quiz keys',
        )}
      </Text>
    );
  const hints = fitHints(all, props.width);
  return (
    <Text wrap="truncate">
      {hints.map((hint, index) => (
        <Text key={hint.id}>
          {index > 0 ? '  ' : ''}
          <Text color={colors.accent} bold>
            {hint.keys}
          </Text>
          <Text color={colors.muted}> {label(hint)}</Text>
        </Text>
      ))}
    </Text>
  );
}
