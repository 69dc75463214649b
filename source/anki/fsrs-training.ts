import type {AnkiReview} from '../db/revlog-rows.js';
import {daysBefore} from './anki-day.js';
import {selectAnswers} from './fsrs-replay.js';

/** One answer of a training history: the button (1–4) and whole Anki days since the last one. */
export interface TrainingReview {
  rating: number;
  deltaT: number;
}

/** Options for {@link trainingHistories}. */
export interface TrainingOptions {
  /** When Anki's next day starts (`next_day_at`, from {@link nextDayStart}), epoch ms. */
  nextDayAt: number;
  /** The preset's "ignore reviews before" date, epoch ms (0 → none). */
  ignoreBeforeMs?: number;
}

/**
 * Each card's answers as fsrs-rs trains on them (Anki's `reviews_for_fsrs` with training on):
 * the answers a replay counts, `delta_t` in Anki's days (whole days to `next_day_at`), and only
 * complete histories — one without its learning start (truncated, reset, ignored) has no known
 * first state to learn from.
 */
export function trainingHistories(
  histories: Iterable<readonly AnkiReview[]>,
  options: TrainingOptions,
): TrainingReview[][] {
  const out: TrainingReview[][] = [];
  for (const reviews of histories) {
    const {answers, truncated} = selectAnswers(reviews, options.ignoreBeforeMs ?? 0);
    if (truncated || answers.length < 2) continue;
    let last = 0;
    out.push(
      answers.map((answer, index) => {
        const days = daysBefore(options.nextDayAt, answer.reviewId);
        const deltaT = index === 0 ? 0 : last - days;
        last = days;
        return {rating: answer.ease, deltaT};
      }),
    );
  }
  return out;
}

/**
 * The training items of these histories: one per answer after the first that came on a later
 * day than the one before (fsrs-rs scores only `delta_t > 0`), each holding the answers up to it.
 */
export function trainingItems(histories: readonly TrainingReview[][]): TrainingReview[][] {
  const items: TrainingReview[][] = [];
  for (const history of histories) {
    for (let end = 2; end <= history.length; end++) {
      if ((history[end - 1] as TrainingReview).deltaT > 0) items.push(history.slice(0, end));
    }
  }
  return items;
}

const DAY_MS = 86_400_000;

/**
 * Quiz answers as training histories: ts-fsrs, which schedules quiz items, counts elapsed days
 * as UTC calendar days, so `delta_t` is the difference of the answers' UTC dates.
 */
export function quizTrainingHistories(
  histories: Iterable<ReadonlyArray<{rating: number; answeredAt: Date}>>,
): TrainingReview[][] {
  const out: TrainingReview[][] = [];
  for (const answers of histories) {
    if (answers.length < 2) continue;
    let last = 0;
    out.push(
      answers.map((answer, index) => {
        const day = Math.floor(answer.answeredAt.getTime() / DAY_MS);
        const deltaT = index === 0 ? 0 : day - last;
        last = day;
        return {rating: answer.rating, deltaT};
      }),
    );
  }
  return out;
}
