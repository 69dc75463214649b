// The quiz screen as a pure reducer: the TUI dispatches actions (with `now` and `random` in
// them) and persists `records` (attempts and new schedules) as they appear.
import {emptyResponse, gradeResponse} from './grade.js';
import {correctResponse, presentItem} from './present.js';
import {defaultRatingThresholds, deriveRating, quizRatings} from './rating.js';
import {scheduleAnswer} from './schedule.js';
import {draftResponse, editDraft, initialDraft, isBlankDraft} from './session-draft.js';
import {summarizeSession} from './session-summary.js';
import type {QuizAnswerRecord, QuizSessionAction, QuizSessionState} from './session-types.js';

/** The state before `start`. */
export const initialQuizSession: QuizSessionState = {
  phase: 'idle',
  items: [],
  schedules: [],
  index: 0,
  draft: null,
  questionStartedAt: null,
  feedback: null,
  answerMissing: false,
  records: [],
  summary: null,
  schedulerOptions: {},
  ratingThresholds: {},
};

function toSummary(state: QuizSessionState): QuizSessionState {
  return {
    ...state,
    phase: 'summary',
    draft: null,
    feedback: null,
    questionStartedAt: null,
    summary: summarizeSession(state.records, state.items.length),
  };
}

function askAt(state: QuizSessionState, index: number, now: Date): QuizSessionState {
  const item = state.items[index];
  if (!item) return toSummary({...state, index});
  return {
    ...state,
    phase: 'question',
    index,
    draft: initialDraft(item),
    feedback: null,
    answerMissing: false,
    questionStartedAt: now,
  };
}

function answer(state: QuizSessionState, now: Date, revealed: boolean): QuizSessionState {
  const item = state.items[state.index];
  if (state.phase !== 'question' || !item || !state.draft) return state;
  const response = revealed ? emptyResponse(item) : draftResponse(state.draft);
  const grade = gradeResponse(item, response);
  const responseMs = state.questionStartedAt
    ? Math.max(0, now.getTime() - state.questionStartedAt.getTime())
    : null;
  const thresholds =
    state.ratingThresholds[item.atom.atomType] ?? defaultRatingThresholds(item.atom.atomType);
  // "I don't know" is a lapse: it is scheduled as Again, whatever the (empty) answer scored.
  const derivedRating = revealed
    ? quizRatings.again
    : deriveRating(grade.score, responseMs, thresholds);
  return {
    ...state,
    phase: 'feedback',
    feedback: {
      response,
      answerKey: correctResponse(item),
      grade,
      derivedRating,
      rating: derivedRating,
      revealed,
      answeredAt: now,
      responseMs,
    },
  };
}

/** Schedules the answer on the feedback screen with the (possibly overridden) rating. */
function record(state: QuizSessionState): QuizSessionState {
  const item = state.items[state.index];
  const feedback = state.feedback;
  if (state.phase !== 'feedback' || !item || !feedback) return state;
  const previous = state.schedules[state.index] ?? null;
  const schedule = scheduleAnswer(
    previous,
    feedback.rating,
    feedback.answeredAt,
    state.schedulerOptions,
  );
  const entry: QuizAnswerRecord = {
    atomId: item.atom.id,
    atomType: item.atom.atomType,
    conceptId: item.atom.conceptId ?? null,
    conceptName: item.atom.conceptName ?? null,
    response: feedback.response,
    score: feedback.grade.score,
    correct: feedback.grade.correct,
    rating: feedback.rating,
    derivedRating: feedback.derivedRating,
    revealed: feedback.revealed,
    responseMs: feedback.responseMs,
    answeredAt: feedback.answeredAt,
    schedule,
  };
  // The same atom may come back later in the session; it continues from the new state.
  const schedules = state.items.map((other, index) =>
    other.atom.id === item.atom.id ? schedule : (state.schedules[index] ?? null),
  );
  return {...state, schedules, records: [...state.records, entry], feedback: null};
}

/** Pure reducer of the quiz screen; actions that do not fit the current phase are ignored. */
export function quizSessionReducer(
  state: QuizSessionState,
  action: QuizSessionAction,
): QuizSessionState {
  switch (action.type) {
    case 'start': {
      const items = action.items.map((entry) =>
        presentItem(entry.atom, entry.content, action.random),
      );
      const started: QuizSessionState = {
        ...initialQuizSession,
        items,
        schedules: action.items.map((entry) => entry.schedule),
        schedulerOptions: action.schedulerOptions ?? {},
        ratingThresholds: action.ratingThresholds ?? {},
      };
      return askAt(started, 0, action.now);
    }
    case 'submit':
      // Enter with nothing chosen is a slip, not an answer: ask for one instead of grading it
      // wrong ("I don't know" is the way to give up).
      if (state.phase === 'question' && state.draft && isBlankDraft(state.draft)) {
        return state.answerMissing ? state : {...state, answerMissing: true};
      }
      return answer(state, action.now, false);
    case 'dont-know':
      return answer(state, action.now, true);
    case 'rate':
      if (state.phase !== 'feedback' || !state.feedback) return state;
      return {...state, feedback: {...state.feedback, rating: action.rating}};
    case 'next':
      if (state.phase !== 'feedback') return state;
      return askAt(record(state), state.index + 1, action.now);
    case 'finish':
      if (state.phase === 'idle' || state.phase === 'summary') return state;
      return toSummary(state.phase === 'feedback' ? record(state) : state);
    default: {
      const item = state.items[state.index];
      if (state.phase !== 'question' || !item || !state.draft) return state;
      const draft = editDraft(item, state.draft, action);
      // The request for an answer stays until something is chosen.
      const answerMissing = state.answerMissing && isBlankDraft(draft);
      return draft === state.draft ? state : {...state, draft, answerMissing};
    }
  }
}
