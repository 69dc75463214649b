import {useEffect, useReducer, useState} from 'react';
import {useKeymap} from '../../keymap/use-keymap.js';
import {type LoadedQuizSession, loadQuizSession} from '../../quiz/service/load-quiz-session.js';
import type {QuizScope} from '../../quiz/service/quiz-scope.js';
import {initialQuizSession, quizSessionReducer} from '../../quiz/session.js';
import type {QuizSessionState} from '../../quiz/session-types.js';
import {useServices} from '../app/services-context.js';
import {useScreenBindings} from '../app/shell-context.js';
import {quizKeyHandlers} from './quiz-key-handlers.js';
import {type QuizProblem, toProblem} from './quiz-problem.js';
import {quizScopeStack} from './quiz-scopes.js';
import {useAnswerSaver} from './use-answer-saver.js';

/** Options of {@link useQuizScreen}. */
export interface UseQuizScreenOptions {
  isActive: boolean;
  scope?: QuizScope;
  count?: number;
  /** Called once everything answered is saved, when the person quits or closes the summary. */
  onExit?: () => void;
}

/** What the quiz view draws. */
export interface QuizScreenModel {
  state: QuizSessionState;
  loading: boolean;
  session: LoadedQuizSession | null;
  loadError: QuizProblem | null;
  saveError: QuizProblem | null;
  /** How many answers are stored so far. */
  saved: number;
  /** True while the last answers or the mastery update are being written. */
  saving: boolean;
}

/** Loads a session, saves each answer as it is rated, recomputes mastery at the end. */
export function useQuizScreen(options: UseQuizScreenOptions): QuizScreenModel {
  const services = useServices();
  const {db, now, random} = services;
  const [state, dispatch] = useReducer(quizSessionReducer, initialQuizSession);
  const [session, setSession] = useState<LoadedQuizSession | null>(null);
  const [loadError, setLoadError] = useState<QuizProblem | null>(null);
  const [round, setRound] = useState(0);
  const [exiting, setExiting] = useState(false);
  const saver = useAnswerSaver(db, state, now);
  const {startSession, pending} = saver;
  const {concept, module, cluster} = options.scope ?? {};

  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` starts a new session
  useEffect(() => {
    if (!db) return;
    let cancelled = false;
    setSession(null);
    setLoadError(null);
    loadQuizSession(db.sql, {scope: {concept, module, cluster}, count: options.count, now: now()})
      .then((loaded) => {
        if (cancelled) return;
        startSession();
        setSession(loaded);
        // Even an empty start resets the previous round's records.
        const {schedulerOptions} = loaded;
        dispatch({type: 'start', items: loaded.items, now: now(), random, schedulerOptions});
      })
      .catch((error: unknown) => {
        if (!cancelled) setLoadError(toProblem(error));
      });
    return () => {
      cancelled = true;
    };
  }, [db, concept, module, cluster, options.count, round]);

  const {onExit} = options;
  useEffect(() => {
    if (exiting && pending === 0 && state.phase !== 'question' && state.phase !== 'feedback') {
      onExit?.();
    }
  }, [exiting, pending, state.phase, onExit]);

  const finish = () => dispatch({type: 'finish', now: now()});
  const quit = () => {
    finish();
    setExiting(true);
  };
  const dismiss = () => {
    if (onExit) setExiting(true);
    else if (db) setRound((value) => value + 1);
  };
  const scopes = quizScopeStack(state);
  // Inside the app shell the quiz reports the scopes of its current step, so number keys answer
  // an mcq (or rate on the feedback step) and switch screens everywhere else. The quiz draws its
  // own hints, so the shell's footer keeps to the global keys; esc ends the session early.
  useScreenBindings(
    'quiz',
    {scopes, footerScopes: ['global'], onBack: () => true},
    options.isActive && !exiting,
  );
  useKeymap(quizKeyHandlers({state, dispatch, now, finish, dismiss, ...(onExit ? {quit} : {})}), {
    scopes,
    isActive: options.isActive && !exiting,
  });

  return {
    state,
    loading: db === null || (session === null && loadError === null),
    session,
    loadError,
    saveError: saver.saveError,
    saved: saver.saved,
    saving: pending > 0,
  };
}
