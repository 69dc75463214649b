import type {KeymapHandlers} from '../../keymap/use-keymap.js';
import type {QuizRating} from '../../quiz/rating.js';
import type {QuizSessionAction, QuizSessionState} from '../../quiz/session-types.js';

/** What the key handlers act through. */
export interface QuizKeyDeps {
  state: QuizSessionState;
  dispatch: (action: QuizSessionAction) => void;
  now: () => Date;
  /** Ends the session early (the summary follows). */
  finish: () => void;
  /** The summary or an empty/error state was dismissed. */
  dismiss: () => void;
  /** `q`: leave, after what was answered is saved; undefined inside the app shell. */
  quit?: () => void;
}

function rate(dispatch: QuizKeyDeps['dispatch'], rating: QuizRating) {
  return () => dispatch({type: 'rate', rating});
}

/** Maps keymap actions of the current step to reducer actions. */
export function quizKeyHandlers(deps: QuizKeyDeps): KeymapHandlers {
  const {state, dispatch, now} = deps;
  const common: KeymapHandlers = {
    ...(deps.quit ? {'global.quit': deps.quit} : {}),
  };
  if (state.phase === 'feedback') {
    return {
      ...common,
      'global.back': deps.finish,
      'quiz-feedback.rate-again': rate(dispatch, 1),
      'quiz-feedback.rate-hard': rate(dispatch, 2),
      'quiz-feedback.rate-good': rate(dispatch, 3),
      'quiz-feedback.rate-easy': rate(dispatch, 4),
      'quiz-feedback.next': () => dispatch({type: 'next', now: now()}),
    };
  }
  if (state.phase !== 'question') {
    return {...common, 'quiz-feedback.next': deps.dismiss, 'global.back': deps.dismiss};
  }
  const draft = state.draft;
  const move = (delta: number) => () => dispatch({type: 'cursor-move', delta});
  return {
    ...common,
    'global.back': deps.finish,
    'quiz.submit': () => dispatch({type: 'submit', now: now()}),
    'quiz.dont-know': () => dispatch({type: 'dont-know', now: now()}),
    'list.up': move(-1),
    'list.down': move(1),
    'list.top': move(-100),
    'list.bottom': move(100),
    'quiz-mcq.toggle': () => dispatch({type: 'mcq-toggle'}),
    // The n-th key of the action toggles option n (1-9 unless remapped).
    'quiz-mcq.toggle-option': (_key, index) => dispatch({type: 'mcq-toggle', option: index}),
    // One key answers a true/false question: set and submit.
    'quiz-tf.true': () => {
      dispatch({type: 'true-false-set', value: true});
      dispatch({type: 'submit', now: now()});
    },
    'quiz-tf.false': () => {
      dispatch({type: 'true-false-set', value: false});
      dispatch({type: 'submit', now: now()});
    },
    'quiz-matching.select': () =>
      dispatch({
        type:
          draft?.type === 'matching' && draft.pendingLeft !== null
            ? 'matching-pick-right'
            : 'matching-pick-left',
      }),
    'quiz-matching.column-right': () => {
      if (draft?.type === 'matching' && draft.pendingLeft === null) {
        dispatch({type: 'matching-pick-left'});
      }
    },
    'quiz-matching.column-left': () => {
      if (draft?.type === 'matching' && draft.pendingLeft !== null) {
        dispatch({type: 'matching-unpair'});
      }
    },
    'quiz-matching.unpair': () => dispatch({type: 'matching-unpair'}),
    'quiz-parsons.move-up': () => dispatch({type: 'parsons-move-line', direction: -1}),
    'quiz-parsons.move-down': () => dispatch({type: 'parsons-move-line', direction: 1}),
    'quiz-parsons.indent': () => dispatch({type: 'parsons-indent', delta: 1}),
    'quiz-parsons.dedent': () => dispatch({type: 'parsons-indent', delta: -1}),
    'quiz-parsons.exclude': () => dispatch({type: 'parsons-toggle-distractor'}),
  };
}
