import {QuizScreen} from '../quiz/quiz-screen.js';
import type {ScreenProps} from './screen-props.js';

/** The Quiz tab: the quiz screen with its own hints (it reports its scopes to the shell). */
export function QuizTab({isActive, width, height}: ScreenProps) {
  return <QuizScreen isActive={isActive} width={width} height={height} showHints />;
}
