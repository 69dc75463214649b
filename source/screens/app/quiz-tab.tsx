import type {Scope} from '../../keymap/keymap.js';
import {QuizScreen} from '../quiz/quiz-screen.js';
import type {ScreenProps} from './screen-props.js';
import {useScreenBindings} from './shell-context.js';

// Every quiz scope, so the shell leaves the quiz's keys (numbers, tab, esc) to the quiz.
const quizScopes: readonly Scope[] = [
  'quiz-mcq',
  'quiz-tf',
  'quiz-matching',
  'quiz-parsons',
  'quiz-feedback',
  'quiz',
  'list',
  'global',
];

/** The Quiz tab: the quiz screen with its own hints; the shell keeps only global keys. */
export function QuizTab({isActive, width, height}: ScreenProps) {
  useScreenBindings(
    'quiz',
    {scopes: quizScopes, footerScopes: ['global'], onBack: () => true},
    isActive,
  );
  return <QuizScreen isActive={isActive} width={width} height={height} showHints />;
}
