import type {AnkiDayRule} from '../../anki/anki-day.js';
import {findConceptHierarchy} from '../../db/concept-rows.js';
import type {Database} from '../../db/connection.js';
import {findConceptRecallInputs, findExam} from '../../db/plan-rows.js';
import {conceptRecall} from '../../plan/concept-recall.js';
import {examMoment} from '../../plan/plan-service.js';

/**
 * The concept tree's rows; with an exam set (`nls plan --exam`) each concept also carries its
 * mean predicted recall today and on the exam date.
 */
export async function loadConceptTree(db: Database, now: Date, day: AnkiDayRule) {
  const hierarchy = await findConceptHierarchy(db.sql);
  const exam = await findExam(db.sql);
  if (exam === undefined) return hierarchy;
  let examAt: number;
  try {
    examAt = examMoment(exam.examDate, now, day).examAt;
  } catch {
    return hierarchy; // The exam is past: nothing to predict.
  }
  const recall = conceptRecall(await findConceptRecallInputs(db.sql), now.getTime(), examAt);
  const concepts = hierarchy.concepts.map((concept) => {
    const value = recall.get(concept.id);
    return value === undefined
      ? concept
      : {...concept, recall: {...value, examDate: exam.examDate}};
  });
  return {...hierarchy, concepts};
}
