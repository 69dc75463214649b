import {isQuizAtomType} from '../../atom-types.js';
import {findQuizParams} from '../../db/quiz-params-rows.js';
import {
  countQuizItems,
  findDueQuizItems,
  findNewQuizItems,
  type QuizCandidateRow,
  type QuizScopeCounts,
} from '../../db/quiz-rows.js';
import type {Sql} from '../../db/sql-client.js';
import {validateQuizContent} from '../parse-content.js';
import {type QuizSchedulerOptions, scheduleFromColumns, selectSession} from '../schedule.js';
import {defaultQuizCount} from '../session-size.js';
import type {QuizSessionItem} from '../session-types.js';
import {formatDue} from './format-due.js';
import {type QuizScope, resolveQuizScope} from './quiz-scope.js';

/** Options of {@link loadQuizSession}. */
export interface LoadQuizSessionOptions {
  scope?: QuizScope;
  count?: number;
  now: Date;
}

/** The items to ask, what the scope holds, and a friendly message when there is nothing to ask. */
export interface LoadedQuizSession {
  items: QuizSessionItem[];
  counts: QuizScopeCounts;
  scopeLabel: string;
  /** Scheduler settings: the fitted quiz parameters once `nls fsrs optimize --apply` saved them. */
  schedulerOptions: QuizSchedulerOptions;
  /** Set when `items` is empty: why, and what to do. */
  empty: {message: string; hint: string} | null;
}

function toItem(row: QuizCandidateRow): QuizSessionItem | null {
  if (!isQuizAtomType(row.atomType)) return null;
  const parsed = validateQuizContent(row.atomType, row.content);
  if (!parsed.ok) return null;
  const schedule = scheduleFromColumns({
    state: row.qState,
    stability: row.qStability,
    difficulty: row.qDifficulty,
    due: row.qDue,
    lastReview: row.qLastReview,
    reps: row.qReps,
    lapses: row.qLapses,
    elapsedDays: row.qElapsedDays,
    scheduledDays: row.qScheduledDays,
    learningSteps: row.qLearningSteps,
  });
  return {
    atom: {
      id: row.id,
      atomType: row.atomType,
      front: row.front,
      conceptId: row.conceptId,
      conceptName: row.conceptName,
    },
    content: parsed.content,
    schedule,
  };
}

async function emptyReason(
  sql: Sql,
  counts: QuizScopeCounts,
  scope: {label: string; narrowed: boolean},
  now: Date,
): Promise<{message: string; hint: string}> {
  if (scope.narrowed) {
    const course = await countQuizItems(sql, {}, now);
    if (course.due + course.fresh > 0) {
      return {
        message: `Nothing is due in ${scope.label}. ${course.due} due and ${course.fresh} new items exist in the whole course.`,
        hint: 'Run nls quiz without --concept, --module or --cluster to quiz them.',
      };
    }
  }
  if (counts.total === 0) {
    return {
      message: `There are no quiz items in ${scope.label}.`,
      hint: 'Quiz items are Notion cards of type mcq, true_false, matching or parsons with a readable answer (see docs/quiz-formats.md): run nls sync notion, or try nls demo.',
    };
  }
  const next = counts.nextDue ? ` The next one is due ${formatDue(counts.nextDue, now)}.` : '';
  return {
    message: `Nothing is due in ${scope.label}: all ${counts.total} quiz items are scheduled.${next}`,
    hint: 'Come back later, or practise another part with --concept, --module or --cluster.',
  };
}

/** Loads a session: due items first (oldest due first), then new ones, `count` in all. */
export async function loadQuizSession(
  sql: Sql,
  options: LoadQuizSessionOptions,
): Promise<LoadedQuizSession> {
  const scope = options.scope ?? {};
  const count = Math.max(1, Math.floor(options.count ?? defaultQuizCount));
  const {filter, label} = await resolveQuizScope(sql, scope);
  // Rows with unreadable content are skipped, so fetch a margin beyond `count`.
  const margin = count * 2 + 10;
  const due = await findDueQuizItems(sql, filter, options.now, margin);
  const fresh = await findNewQuizItems(sql, filter, margin);
  const candidates = [...due, ...fresh].flatMap((row) => toItem(row) ?? []);
  const items = selectSession(candidates, {now: options.now, count});
  const counts = await countQuizItems(sql, filter, options.now);
  const narrowed = Object.keys(filter).length > 0;
  const empty =
    items.length === 0 ? await emptyReason(sql, counts, {label, narrowed}, options.now) : null;
  const w = await findQuizParams(sql);
  return {items, counts, scopeLabel: label, empty, schedulerOptions: w === undefined ? {} : {w}};
}
