import {FSRS6_DEFAULT_DECAY, forgetting_curve} from 'ts-fsrs';

/** Decay of the FSRS-6 default parameters (Anki 25.x); Anki 23.10–24.x (FSRS-4.5/5) used 0.5. */
export const defaultAnkiDecay = FSRS6_DEFAULT_DECAY;

const dayMs = 24 * 60 * 60 * 1000;

/** FSRS memory state of an Anki card as pulled (stability in days). */
export interface AnkiMemory {
  stability: number | null;
  lastReviewAt: Date | null;
}

/**
 * Current probability of recall of an Anki atom by the FSRS forgetting curve, counting whole
 * elapsed days as ts-fsrs does; null when Anki has no FSRS state for it (never reviewed).
 */
export function ankiRetrievability(
  memory: AnkiMemory,
  now: Date,
  decay: number = defaultAnkiDecay,
): number | null {
  const {stability, lastReviewAt} = memory;
  if (stability === null || !(stability > 0) || lastReviewAt === null) return null;
  const elapsedDays = Math.max(0, Math.floor((now.getTime() - lastReviewAt.getTime()) / dayMs));
  // Same rounding as ts-fsrs get_retrievability, so both give identical numbers.
  return forgetting_curve(decay, elapsedDays, +stability.toFixed(8));
}
