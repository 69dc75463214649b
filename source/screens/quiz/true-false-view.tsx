import {Text} from 'ink';
import {useTheme} from '../../components/theme-context.js';
import {formatKeys} from '../../keymap/keymap.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';

/** The two answers of a true/false question and their keys. */
export function TrueFalseView() {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  return (
    <Text>
      True or false? Press{' '}
      <Text color={colors.accent} bold>
        {formatKeys(keymap, 'quiz-tf.true')}
      </Text>{' '}
      for true or{' '}
      <Text color={colors.accent} bold>
        {formatKeys(keymap, 'quiz-tf.false')}
      </Text>{' '}
      for false.
    </Text>
  );
}
