import {insertQuizAnswer} from '../../db/quiz-rows.js';
import type {Sql} from '../../db/sql-client.js';
import type {PresentedItem} from '../present.js';
import type {QuizAnswerRecord} from '../session-types.js';
import {storedAnswer} from './stored-answer.js';

/** Saves one finished answer: the attempt row and the new FSRS state, in one transaction. */
export async function saveQuizAnswer(
  sql: Sql,
  sessionId: string,
  item: PresentedItem,
  record: QuizAnswerRecord,
): Promise<void> {
  await insertQuizAnswer(sql, {
    atomId: record.atomId,
    sessionId,
    answeredAt: record.answeredAt,
    answer: storedAnswer(item, record.response),
    score: record.score,
    rating: record.rating,
    derivedRating: record.derivedRating,
    responseMs: record.responseMs === null ? null : Math.round(record.responseMs),
    revealed: record.revealed,
    schedule: record.schedule,
  });
}
