import {randomUUID} from 'node:crypto';
import {useCallback, useEffect, useRef, useState} from 'react';
import type {Database} from '../../db/connection.js';
import {recomputeMastery} from '../../mastery/recompute-mastery.js';
import {saveQuizAnswer} from '../../quiz/service/save-quiz-answer.js';
import type {QuizSessionState} from '../../quiz/session-types.js';
import {type QuizProblem, toProblem} from './quiz-problem.js';

/** Where the saving of a session's answers stands. */
export interface AnswerSaver {
  /** How many answers are stored so far. */
  saved: number;
  /** Writes queued or under way (answers, the mastery update). */
  pending: number;
  saveError: QuizProblem | null;
  /** A new session starts: a new session id, nothing saved or queued yet. */
  startSession: () => void;
}

/**
 * Saves each answer record of the session once, in order, as the reducer makes it; when the
 * session ends, recomputes concept mastery from the new quiz states.
 */
export function useAnswerSaver(
  db: Database | null,
  state: QuizSessionState,
  now: () => Date,
): AnswerSaver {
  const [saveError, setSaveError] = useState<QuizProblem | null>(null);
  const [saved, setSaved] = useState(0);
  const [pending, setPending] = useState(0);
  const queued = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const sessionId = useRef(randomUUID());
  const masteryDone = useRef(false);

  const enqueue = useCallback((work: () => Promise<void>) => {
    setPending((value) => value + 1);
    queue.current = queue.current
      .then(work)
      .catch((error: unknown) => setSaveError(toProblem(error)))
      .finally(() => setPending((value) => value - 1));
  }, []);

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
    if (state.phase === 'summary' && state.records.length > 0 && !masteryDone.current) {
      masteryDone.current = true;
      enqueue(async () => {
        await recomputeMastery(db.sql, now());
      });
    }
  }, [db, state, enqueue, now]);

  const startSession = useCallback(() => {
    sessionId.current = randomUUID();
    queued.current = 0;
    masteryDone.current = false;
    setSaved(0);
  }, []);
  return {saved, pending, saveError, startSession};
}
