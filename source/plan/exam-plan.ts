import {default_w, fsrs, generatorParameters} from 'ts-fsrs';

/** One card or quiz item the planner looks at. */
export interface PlanItem {
  id: string;
  kind: 'anki' | 'quiz';
  /** FSRS memory state; null when the item was never studied. */
  stability: number | null;
  /** FSRS difficulty D on its 1–10 scale. */
  difficulty: number | null;
  lastReviewAt: Date | null;
}

/** Inputs of {@link planForExam}: days are whole plan days, 0 = today. */
export interface PlanInput {
  items: readonly PlanItem[];
  /** When the exam starts, epoch ms (recall is predicted for that moment). */
  examAt: number;
  /** Days from today to the exam day (reviews may fall on days 0 … examDay − 1). */
  examDay: number;
  /** The moment of day 0's reviews' reckoning: ms per plan day offset is 1 day. */
  dayMs?: number;
  /** Wanted mean probability of recall on the exam (default 0.9). */
  target: number;
  /** Seconds one review takes (measured from the history). */
  secondsPerReview: number;
  /** FSRS parameters (default: FSRS-6 defaults). */
  w?: readonly number[];
}

/** One item's forecast and, when it needs one, its planned review day. */
export interface PlannedItem {
  id: string;
  kind: 'anki' | 'quiz';
  /** Probability of recall on the exam if it is not reviewed before. */
  recallIfLeft: number;
  /** Expected recall on the exam after the plan (recallIfLeft when no review is planned). */
  expectedRecall: number;
  /** Plan day of its review (0 = today), or null. */
  reviewDay: number | null;
}

/** What a plan predicts and asks for. */
export interface ExamPlan {
  items: PlannedItem[];
  /** Items never studied (no memory state): not forecast, listed separately. */
  unstudied: string[];
  /** Mean recall on the exam if nothing is reviewed, and the expected mean after the plan. */
  meanRecallIfLeft: number;
  expectedMeanRecall: number;
  /** Reviews per plan day (index = day), their total, and minutes per day. */
  reviewsPerDay: number[];
  totalReviews: number;
  minutesPerDay: number[];
  /** Items one review cannot bring to the target (reviewed on the last day anyway). */
  shortOfTarget: number;
}

const DAY_MS = 86_400_000;

/** FSRS-6 forgetting curve R(t, S) = (1 + f·t/S)^(−w20), f = 0.9^(−1/w20) − 1. */
export function recallAfter(w: readonly number[], elapsedDays: number, stability: number): number {
  const decay = w[20] ?? 0.5;
  const factor = 0.9 ** (1 / -decay) - 1;
  return (1 + (factor * Math.max(0, elapsedDays)) / stability) ** -decay;
}

type Scheduler = ReturnType<typeof fsrs>;

/** Expected recall on the exam when reviewed on `day`: recalled (Good) or forgotten (Again). */
function recallIfReviewed(
  f: Scheduler,
  w: readonly number[],
  item: PlanItem & {stability: number; difficulty: number},
  elapsedAtReview: number,
  daysToExam: number,
): number {
  const memory = {stability: item.stability, difficulty: item.difficulty};
  const recall = recallAfter(w, elapsedAtReview, item.stability);
  const good = f.next_state(memory, elapsedAtReview, 3);
  const again = f.next_state(memory, elapsedAtReview, 1);
  return (
    recall * recallAfter(w, daysToExam, good.stability) +
    (1 - recall) * recallAfter(w, daysToExam, again.stability)
  );
}

/**
 * The earliest day from which a review still reaches the target (a later review leaves less time
 * to forget, so the recall on the exam grows with the day: binary search); the last day when none.
 */
function earliestDay(recallOn: (day: number) => number, days: number, target: number): number {
  let low = 0;
  let high = days - 1;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (recallOn(middle) >= target) high = middle;
    else low = middle + 1;
  }
  return high;
}

/**
 * A plan toward an exam: each studied item's recall on the exam if left alone; those below the
 * target get one review, on the earliest day from which that review (recalled or forgotten, by
 * its odds) still leaves them at the target, spread over the days they may take so the daily load
 * is even. Nothing here moves anything; the caller applies the days if asked.
 */
export function planForExam(input: PlanInput): ExamPlan {
  const w = input.w ?? default_w;
  const f = fsrs(generatorParameters({w: [...w], enable_fuzz: false}));
  const dayMs = input.dayMs ?? DAY_MS;
  const days = Math.max(0, input.examDay);
  const today = input.examAt - days * dayMs;
  const load = Array.from({length: days}, () => 0);
  const planned: PlannedItem[] = [];
  const windows: Array<{item: PlannedItem; from: number; recallOn: (day: number) => number}> = [];
  const unstudied: string[] = [];
  let shortOfTarget = 0;
  for (const item of input.items) {
    if (item.stability === null || item.difficulty === null || item.lastReviewAt === null) {
      unstudied.push(item.id);
      continue;
    }
    const known = {...item, stability: item.stability, difficulty: item.difficulty};
    const last = item.lastReviewAt.getTime();
    const recallIfLeft = recallAfter(w, (input.examAt - last) / DAY_MS, item.stability);
    const entry: PlannedItem = {
      id: item.id,
      kind: item.kind,
      recallIfLeft,
      expectedRecall: recallIfLeft,
      reviewDay: null,
    };
    planned.push(entry);
    if (recallIfLeft >= input.target || days === 0) continue;
    const recallOn = (day: number) =>
      recallIfReviewed(f, w, known, Math.max(0, (today + day * dayMs - last) / DAY_MS), days - day);
    const from = earliestDay(recallOn, days, input.target);
    if (recallOn(from) < input.target) shortOfTarget += 1;
    windows.push({item: entry, from, recallOn});
  }
  // Narrowest windows first; each goes to its least-loaded day (the later one on a tie).
  windows.sort((a, b) => b.from - a.from);
  for (const {item, from, recallOn} of windows) {
    let best = days - 1;
    for (let day = days - 1; day >= from; day--)
      if ((load[day] ?? 0) < (load[best] ?? 0)) best = day;
    load[best] = (load[best] ?? 0) + 1;
    item.reviewDay = best;
    item.expectedRecall = recallOn(best);
  }
  const mean = (pick: (p: PlannedItem) => number) =>
    planned.length === 0 ? 1 : planned.reduce((sum, p) => sum + pick(p), 0) / planned.length;
  return {
    items: planned,
    unstudied,
    meanRecallIfLeft: mean((p) => p.recallIfLeft),
    expectedMeanRecall: mean((p) => p.expectedRecall),
    reviewsPerDay: load,
    totalReviews: windows.length,
    minutesPerDay: load.map((n) => (n * input.secondsPerReview) / 60),
    shortOfTarget,
  };
}
