import {SCOPE_STACKS, type Scope} from '../../keymap/keymap.js';
import type {QuizSessionState} from '../../quiz/session-types.js';

/** The keymap scope stack of the quiz screen in its current step (the app shell's footer uses it). */
export function quizScopeStack(state: QuizSessionState): readonly Scope[] {
  if (state.phase === 'question') {
    switch (state.draft?.type) {
      case 'mcq':
        return SCOPE_STACKS['quiz-mcq'];
      case 'true_false':
        return SCOPE_STACKS['quiz-tf'];
      case 'matching':
        return SCOPE_STACKS['quiz-matching'];
      case 'parsons':
        return SCOPE_STACKS['quiz-parsons'];
      default:
        return ['global'];
    }
  }
  // The summary and the empty states are dismissed with the same key as "next".
  return SCOPE_STACKS['quiz-feedback'];
}
