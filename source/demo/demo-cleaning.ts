import {gradeColumns} from '../cleaning/grade-card.js';
import {cleanCard} from '../cleaning/pipeline/grade-step.js';

/** The columns `nls clean` sets on a card: its tidied front, that front's plain text and grade. */
export interface DemoCleaning {
  readonly front: string;
  readonly frontPlain: string | null;
  readonly qualityScore: number;
  readonly isAtomic: boolean;
  readonly frontWordCount: number;
  readonly backWordCount: number;
  readonly atomicityStatus: string;
  readonly needsReview: boolean;
}

/**
 * A demo card as a cleaning run leaves it, computed by the run's own step, so the demo's first
 * `nls clean` has nothing to change (and the review queue quotes the fronts as stored).
 */
export function cleanDemoCard(card: {
  readonly front: string;
  readonly back: string | null;
  readonly atomType: string;
}): DemoCleaning {
  const {normalised, report, frontPlain} = cleanCard(card);
  return {front: normalised.front, frontPlain, ...gradeColumns(report)};
}
