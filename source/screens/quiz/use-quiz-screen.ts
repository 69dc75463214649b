import {randomUUID} from 'node:crypto';
import {useCallback, useEffect, useReducer, useRef, useState} from 'react';
import {isUserError} from '../../errors.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {recomputeMastery} from '../../mastery/recompute-mastery.js';
import {type LoadedQuizSession, loadQuizSession} from '../../quiz/service/load-quiz-session.js';
import type {QuizScope} from '../../quiz/service/quiz-scope.js';
import {saveQuizAnswer} from '../../quiz/service/save-quiz-answer.js';
import {initialQuizSession, quizSessionReducer} from '../../quiz/session.js';
import type {QuizSessionState} from '../../quiz/session-types.js';
import {useServices} from '../app/services-context.js';
import {useScreenBindings} from '../app/shell-context.js';
import {quizKeyHandlers} from './quiz-key-handlers.js';
import {quizScopeStack} from './quiz-scopes.js';

/** Options of {@link useQuizScreen}. */
export interface UseQuizScreenOptions {
  isActive: boolean;
  scope?: QuizScope;
  count?: number;
  /** Called once everything answered is saved, when the person quits or closes the summary. */
  onExit?: () => void;
}

/** A problem shown on the screen (a UserError's message and hint, or a bug's message). */
export interface QuizProblem {
  message: string;
  hint?: string;
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

function toProblem(error: unknown): QuizProblem {
  if (isUserError(error))
    return {message: error.message, ...(error.hint ? {hint: error.hint} : {})};
  return {message: error instanceof Error ? error.message : String(error)};
}

/** Loads a session, saves each answer as it is rated, recomputes mastery at the end. */
export function useQuizScreen(options: UseQuizScreenOptions): QuizScreenModel {
  const services = useServices();
  const {db, now, random} = services;
  const [state, dispatch] = useReducer(quizSessionReducer, initialQuizSession);
  const [session, setSession] = useState<LoadedQuizSession | null>(null);
  const [loadError, setLoadError] = useState<QuizProblem | null>(null);
  const [saveError, setSaveError] = useState<QuizProblem | null>(null);
  const [saved, setSaved] = useState(0);
  const [pending, setPending] = useState(0);
  const [round, setRound] = useState(0);
  const [exiting, setExiting] = useState(false);
  const queued = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const sessionId = useRef(randomUUID());
  const masteryDone = useRef(false);
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
        sessionId.current = randomUUID();
        queued.current = 0;
        masteryDone.current = false;
        setSaved(0);
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

  const enqueue = useCallback((work: () => Promise<void>) => {
    setPending((value) => value + 1);
    queue.current = queue.current
      .then(work)
      .catch((error: unknown) => setSaveError(toProblem(error)))
      .finally(() => setPending((value) => value - 1));
  }, []);

  // Each new record (made on "next" or when the session ends) is written once, in order.
  useEffect(() => {
    if (!db) return;
    while (queued.current < state.records.length) {
      const index = queued.current++;
      const record = state.records[index]!;
      const item = state.items[index]!;
      const id = sessionId.current;
      enqueue(async () => {
        await saveQuizAnswer(db.sql, id, item, record);
        setSaved((value) => value + 1);
      });
    }
    // Ending a session recomputes concept mastery from the new quiz states.
    if (state.phase === 'summary' && state.records.length > 0 && !masteryDone.current) {
      masteryDone.current = true;
      enqueue(async () => {
        await recomputeMastery(db.sql, now());
      });
    }
  }, [db, state, enqueue, now]);

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
    saveError,
    saved,
    saving: pending > 0,
  };
}
