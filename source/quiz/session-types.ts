import type {QuizAtomType} from '../atom-types.js';
import type {QuizContent} from './content.js';
import type {GradeResult} from './grade.js';
import type {PresentedItem, QuizAtom, QuizResponse} from './present.js';
import type {QuizRating, RatingThresholds} from './rating.js';
import type {QuizSchedulerOptions, QuizScheduleState} from './schedule.js';

/** An atom to quiz, with its parsed content and stored schedule (null = never quizzed). */
export interface QuizSessionItem {
  atom: QuizAtom;
  content: QuizContent;
  schedule: QuizScheduleState | null;
}

/** The answer being built on screen, per type. */
export type AnswerDraft =
  | {type: 'mcq'; selected: number[]; cursor: number}
  | {type: 'true_false'; value: boolean | null}
  /** `cursor` is in the left column while `pendingLeft` is null, else in the right column. */
  | {type: 'matching'; pairs: (number | null)[]; pendingLeft: number | null; cursor: number}
  | {
      type: 'parsons';
      blocks: {block: number; level: number; excluded: boolean}[];
      cursor: number;
    };

/** What the feedback screen shows; `rating` starts as the derived one and may be overridden. */
export interface QuizFeedback {
  response: QuizResponse;
  answerKey: QuizResponse;
  grade: GradeResult;
  derivedRating: QuizRating;
  rating: QuizRating;
  revealed: boolean;
  answeredAt: Date;
  responseMs: number | null;
}

/** One finished answer: what a `quiz_attempts` row and the new `quiz_schedule` row need. */
export interface QuizAnswerRecord {
  atomId: string;
  atomType: QuizAtomType;
  conceptId: string | null;
  conceptName: string | null;
  response: QuizResponse;
  score: number;
  correct: boolean;
  rating: QuizRating;
  derivedRating: QuizRating;
  revealed: boolean;
  responseMs: number | null;
  answeredAt: Date;
  schedule: QuizScheduleState;
}

/** End-of-session figures. */
export interface QuizSummary {
  answered: number;
  correct: number;
  revealed: number;
  unanswered: number;
  meanScore: number | null;
  byType: {atomType: QuizAtomType; answered: number; correct: number; meanScore: number}[];
  byConcept: {
    conceptId: string | null;
    conceptName: string | null;
    answered: number;
    meanScore: number;
  }[];
  /** When each answered atom is next due, soonest first. */
  nextDue: {atomId: string; due: Date}[];
}

/** Where the quiz screen is. */
export type QuizPhase = 'idle' | 'question' | 'feedback' | 'summary';

/** The whole quiz-screen state (owned by {@link quizSessionReducer}). */
export interface QuizSessionState {
  phase: QuizPhase;
  items: PresentedItem[];
  schedules: (QuizScheduleState | null)[];
  index: number;
  draft: AnswerDraft | null;
  questionStartedAt: Date | null;
  feedback: QuizFeedback | null;
  /**
   * Submit was pressed with nothing chosen (no option, no true/false, no pair): the question
   * stays ungraded and the screen asks for an answer. Cleared by the next edit or question.
   */
  answerMissing: boolean;
  records: QuizAnswerRecord[];
  summary: QuizSummary | null;
  schedulerOptions: QuizSchedulerOptions;
  ratingThresholds: Partial<Record<QuizAtomType, RatingThresholds>>;
}

/** Everything the quiz screen can do (kebab-case types). */
export type QuizSessionAction =
  | {
      type: 'start';
      items: QuizSessionItem[];
      now: Date;
      random: () => number;
      schedulerOptions?: QuizSchedulerOptions;
      ratingThresholds?: Partial<Record<QuizAtomType, RatingThresholds>>;
    }
  | {type: 'cursor-move'; delta: number}
  | {type: 'mcq-toggle'; option?: number}
  | {type: 'true-false-set'; value: boolean}
  | {type: 'matching-pick-left'; left?: number}
  | {type: 'matching-pick-right'; right?: number}
  /** Unpairs the left item (default: under the cursor), or cancels a pending left pick. */
  | {type: 'matching-unpair'; left?: number}
  | {type: 'parsons-move-line'; direction: -1 | 1}
  | {type: 'parsons-indent'; delta: -1 | 1}
  | {type: 'parsons-toggle-distractor'}
  | {type: 'submit'; now: Date}
  | {type: 'dont-know'; now: Date}
  | {type: 'rate'; rating: QuizRating}
  | {type: 'next'; now: Date}
  | {type: 'finish'; now: Date};
