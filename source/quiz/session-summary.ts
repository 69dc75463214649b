import type {QuizAnswerRecord, QuizSummary} from './session-types.js';

function mean(values: number[]): number {
  return Math.round((values.reduce((sum, value) => sum + value, 0) / values.length) * 1000) / 1000;
}

function groupBy<K>(records: QuizAnswerRecord[], key: (r: QuizAnswerRecord) => K) {
  const groups = new Map<K, QuizAnswerRecord[]>();
  for (const record of records) {
    const k = key(record);
    groups.set(k, [...(groups.get(k) ?? []), record]);
  }
  return groups;
}

/** Scores by type and by concept, and next due dates, of the answers given so far. */
export function summarizeSession(records: QuizAnswerRecord[], itemCount: number): QuizSummary {
  const byType = [...groupBy(records, (r) => r.atomType)].map(([atomType, group]) => ({
    atomType,
    answered: group.length,
    correct: group.filter((r) => r.correct).length,
    meanScore: mean(group.map((r) => r.score)),
  }));
  const byConcept = [...groupBy(records, (r) => r.conceptId)].map(([conceptId, group]) => ({
    conceptId,
    conceptName: group[0]?.conceptName ?? null,
    answered: group.length,
    meanScore: mean(group.map((r) => r.score)),
  }));
  // An atom asked twice keeps only its latest schedule.
  const latest = new Map(records.map((r) => [r.atomId, r.schedule.due]));
  const nextDue = [...latest]
    .map(([atomId, due]) => ({atomId, due}))
    .sort((a, b) => a.due.getTime() - b.due.getTime());
  return {
    answered: records.length,
    correct: records.filter((r) => r.correct).length,
    revealed: records.filter((r) => r.revealed).length,
    unanswered: Math.max(0, itemCount - records.length),
    meanScore: records.length === 0 ? null : mean(records.map((r) => r.score)),
    byType,
    byConcept,
    nextDue,
  };
}
