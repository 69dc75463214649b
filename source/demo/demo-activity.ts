import {gradeCard} from '../cleaning/grade-card.js';
import {normalizeFront} from '../cleaning/normalize-front.js';
import {type QuizRating, quizRatings} from '../quiz/rating.js';
import {type QuizScheduleState, scheduleAnswer} from '../quiz/schedule.js';
import type {DemoRewrite} from './content/demo-types.js';
import type {AtomRow} from './demo-atoms.js';
import {randomUuid} from './seeded-random.js';

const dayMs = 86_400_000;
const hourMs = 3_600_000;
/** A row with camelCase keys (db/demo-rows.ts stores them as snake_case columns). */
type Row = Record<string, unknown>;

/** Three weeks of sync history: daily incremental syncs, cleanings, pushes, pulls, one failure. */
export function buildDemoSyncLog(now: Date, atomCount: number, random: () => number): Row[] {
  const rows: Row[] = [];
  const add = (daysAgo: number, type: string, counts: Partial<Row>, status = 'completed') => {
    const started = new Date(now.getTime() - daysAgo * dayMs - 9 * hourMs + random() * hourMs);
    const seconds = 2 + random() * 40;
    rows.push({
      id: randomUuid(random),
      syncType: type,
      startedAt: started,
      completedAt: new Date(started.getTime() + seconds * 1000),
      status,
      itemsProcessed: 0,
      itemsAdded: 0,
      itemsUpdated: 0,
      itemsRemoved: 0,
      errorMessage: null,
      details: {durationMs: Math.round(seconds * 1000), demo: true},
      ...counts,
    });
  };
  add(21, 'notion_full', {itemsProcessed: atomCount, itemsAdded: atomCount});
  add(21, 'cleaning', {itemsProcessed: atomCount, itemsUpdated: Math.round(atomCount * 0.06)});
  for (let day = 20; day >= 1; day--) {
    const edited = Math.floor(random() * 12);
    add(day, 'notion_incremental', {
      itemsProcessed: edited,
      itemsAdded: Math.floor(edited / 3),
      itemsUpdated: edited - Math.floor(edited / 3),
    });
    if (day % 3 === 0) {
      add(day, 'anki_push', {itemsProcessed: 40, itemsAdded: Math.floor(random() * 30)});
    }
    if (day % 2 === 0) add(day, 'anki_pull', {itemsProcessed: Math.round(atomCount * 0.4)});
  }
  add(4, 'anki_push', {
    status: 'failed',
    errorMessage:
      'AnkiConnect is not reachable at http://127.0.0.1:8765. Start Anki with the AnkiConnect add-on, or set ANKI_CONNECT_URL.',
  });
  add(0.5, 'cleaning', {itemsProcessed: atomCount, itemsUpdated: 3});
  return rows;
}

/**
 * Pending Gemini proposals for the demo's weak cards (splits share their original atom). Each
 * quotes its original as stored, so the review screen does not report it changed since.
 */
export function buildDemoReviewQueue(
  rewrites: DemoRewrite[],
  atoms: AtomRow[],
  now: Date,
  random: () => number,
): Row[] {
  const rows: Row[] = [];
  for (const rewrite of rewrites) {
    const front = normalizeFront(rewrite.original.front, 'flashcard').front;
    const original = atoms.find((atom) => atom.front === front);
    if (!original) continue;
    const createdAt = new Date(now.getTime() - dayMs / 2 + rows.length * 1000);
    for (const card of rewrite.proposal) {
      const grade = gradeCard({front: card.front, back: card.back, atomType: 'flashcard'});
      rows.push({
        id: randomUuid(random),
        atomType: 'flashcard',
        front: card.front,
        back: card.back,
        conceptId: original.conceptId,
        moduleId: original.moduleId,
        originalFront: original.front,
        originalBack: original.back,
        originalAtomId: original.id,
        status: 'pending',
        source: 'gemini',
        batchId: 'demo-rewrite-batch-1',
        qualityScore: grade.qualityScore,
        aiConfidence: rewrite.confidence,
        rewriteReason: rewrite.reason,
        createdAt: createdAt,
      });
    }
  }
  return rows;
}

/** Quiz history for quiz atoms of the weeks already studied: attempts and FSRS state. */
export function buildDemoQuizHistory(
  atoms: AtomRow[],
  studiedWeeks: Set<string>,
  now: Date,
  random: () => number,
): {schedule: Row[]; attempts: Row[]} {
  const schedule: Row[] = [];
  const attempts: Row[] = [];
  for (const atom of atoms) {
    if (!atom.content || !studiedWeeks.has(String(atom.moduleId)) || random() < 0.35) continue;
    let state: QuizScheduleState | null = null;
    let at = now.getTime() - (10 + Math.floor(random() * 10)) * dayMs;
    const sessionId = randomUuid(random);
    for (let n = 0; n < 1 + Math.floor(random() * 3) && at < now.getTime(); n++) {
      const roll = random();
      const rating: QuizRating =
        roll < 0.15 ? quizRatings.again : roll < 0.3 ? quizRatings.hard : quizRatings.good;
      const score = rating === quizRatings.again ? 0 : rating === quizRatings.hard ? 0.6 : 1;
      state = scheduleAnswer(state, rating, new Date(at));
      attempts.push({
        atomId: atom.id,
        sessionId: sessionId,
        answeredAt: new Date(at),
        answer: null,
        score,
        rating,
        derivedRating: rating,
        responseMs: Math.round(4000 + random() * 20000),
        revealed: false,
      });
      at = Math.max(at + hourMs, state.due.getTime());
    }
    if (!state) continue;
    schedule.push({
      atomId: atom.id,
      state: state.state,
      stability: state.stability,
      difficulty: state.difficulty,
      due: state.due,
      lastReview: state.lastReview,
      reps: state.reps,
      lapses: state.lapses,
      elapsedDays: state.elapsedDays,
      scheduledDays: state.scheduledDays,
      learningSteps: state.learningSteps,
    });
  }
  return {schedule, attempts};
}
