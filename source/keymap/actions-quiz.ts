import type {ActionSpec} from './action-spec.js';

const digits = ['1', '2', '3', '4', '5', '6', '7', '8', '9'] as const;
const screenShadows = [
  'global.screen-dashboard',
  'global.screen-sync',
  'global.screen-concepts',
  'global.screen-review',
  'global.screen-quiz',
  'global.screen-plan',
] as const;

/** Bindings of the quiz screen, per question type and on the feedback step. */
export const quizActions = {
  'quiz.cram': {
    scope: 'quiz',
    keys: ['C'],
    label: 'cram',
    description: 'Cram the scope: any atoms, nothing saved',
  },
  'quiz.submit': {
    scope: 'quiz',
    keys: ['return'],
    label: 'submit',
    description: 'Submit the answer',
    shadows: ['list.open'],
  },
  'quiz.dont-know': {
    scope: 'quiz',
    keys: ['i'],
    label: "don't know",
    description: "I don't know: reveal the answer",
  },

  'quiz-mcq.toggle': {
    scope: 'quiz-mcq',
    keys: ['space'],
    label: 'toggle',
    description: 'Toggle the highlighted option',
  },
  'quiz-mcq.toggle-option': {
    scope: 'quiz-mcq',
    keys: digits,
    keyLabel: '1-9',
    label: 'toggle n',
    description: 'Toggle option number n',
    shadows: screenShadows,
  },

  'quiz-tf.true': {scope: 'quiz-tf', keys: ['t'], label: 'true', description: 'Answer true'},
  'quiz-tf.false': {scope: 'quiz-tf', keys: ['f'], label: 'false', description: 'Answer false'},

  'quiz-matching.select': {
    scope: 'quiz-matching',
    keys: ['space'],
    label: 'pick',
    description: 'Pick the item; one on each side makes a pair',
  },
  'quiz-matching.unpair': {
    scope: 'quiz-matching',
    keys: ['u', 'backspace'],
    label: 'unpair',
    description: 'Undo the pair of the highlighted item',
  },
  'quiz-matching.column-left': {
    scope: 'quiz-matching',
    keys: ['h', 'left'],
    label: 'left column',
    description: 'Move to the left column',
  },
  'quiz-matching.column-right': {
    scope: 'quiz-matching',
    keys: ['l', 'right'],
    label: 'right column',
    description: 'Move to the right column',
  },

  'quiz-parsons.move-up': {
    scope: 'quiz-parsons',
    keys: ['K'],
    label: 'line up',
    description: 'Move the line up',
  },
  'quiz-parsons.move-down': {
    scope: 'quiz-parsons',
    keys: ['J'],
    label: 'line down',
    description: 'Move the line down',
  },
  'quiz-parsons.indent': {
    scope: 'quiz-parsons',
    keys: ['>', 'tab'],
    label: 'indent',
    description: 'Indent the line',
    shadows: ['global.next-screen'],
  },
  'quiz-parsons.dedent': {
    scope: 'quiz-parsons',
    keys: ['<', 'shift+tab'],
    label: 'dedent',
    description: 'Dedent the line',
    shadows: ['global.prev-screen'],
  },
  'quiz-parsons.exclude': {
    scope: 'quiz-parsons',
    keys: ['x'],
    label: 'exclude',
    description: 'Exclude the line (a distractor) or bring it back',
  },

  'quiz-feedback.rate-again': {
    scope: 'quiz-feedback',
    keys: ['1'],
    label: 'again',
    description: 'Override the rating: Again',
    shadows: ['global.screen-dashboard'],
  },
  'quiz-feedback.rate-hard': {
    scope: 'quiz-feedback',
    keys: ['2'],
    label: 'hard',
    description: 'Override the rating: Hard',
    shadows: ['global.screen-sync'],
  },
  'quiz-feedback.rate-good': {
    scope: 'quiz-feedback',
    keys: ['3'],
    label: 'good',
    description: 'Override the rating: Good',
    shadows: ['global.screen-concepts'],
  },
  'quiz-feedback.rate-easy': {
    scope: 'quiz-feedback',
    keys: ['4'],
    label: 'easy',
    description: 'Override the rating: Easy',
    shadows: ['global.screen-review'],
  },
  'quiz-feedback.next': {
    scope: 'quiz-feedback',
    keys: ['return'],
    label: 'next',
    description: 'Next question',
  },
} as const satisfies Record<string, ActionSpec>;
