import {Text} from 'ink';
import {useTheme} from '../../components/theme-context.js';
import {type ActionId, formatKeys} from '../../keymap/keymap.js';
import {useActiveKeymap} from '../../keymap/use-keymap.js';
import type {PresentedView} from '../../quiz/present.js';

/**
 * Shown when submit was pressed with nothing chosen: how to answer this type, and that
 * "I don't know" reveals the answer. Nothing is graded until then.
 */
export function AnswerMissingLine({type}: {type: PresentedView['type']}) {
  const {colors} = useTheme();
  const keymap = useActiveKeymap();
  const key = (id: ActionId) => formatKeys(keymap, id, 1);
  const how =
    type === 'true_false'
      ? `press ${key('quiz-tf.true')} for true or ${key('quiz-tf.false')} for false`
      : type === 'mcq'
        ? `choose an option with ${key('quiz-mcq.toggle')} or ${formatKeys(keymap, 'quiz-mcq.toggle-option')}, then ${key('quiz.submit')}`
        : `make a pair with ${key('quiz-matching.select')} on each side, then ${key('quiz.submit')}`;
  return (
    <Text color={colors.warning}>
      Nothing chosen yet: {how}. Or press {key('quiz.dont-know')} to see the answer.
    </Text>
  );
}
