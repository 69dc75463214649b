import {
  computeParameters,
  evaluateWithTimeSeriesSplits,
  FSRSBinding,
  FSRSBindingItem,
  FSRSBindingReview,
} from '@open-spaced-repetition/binding';
import {fsrs6Parameters} from '../fsrs-preset.js';
import {type TrainingReview, trainingItems} from '../fsrs-training.js';

/**
 * Fewer training items than this and fsrs-rs keeps the default parameters (Anki's minimum); under
 * {@link PRETRAIN_ONLY_BELOW} it fits only the first four (initial stabilities).
 */
export const MIN_TRAINING_ITEMS = 8;
/** Below this many items fsrs-rs fits only the four initial stabilities. */
export const PRETRAIN_ONLY_BELOW = 64;

/** Log loss and RMSE (bins) of a parameter set on a history, as fsrs-rs scores them. */
export interface Evaluation {
  logLoss: number;
  rmseBins: number;
}

/** What fitting one history gave. */
export type FitOutcome =
  | {status: 'too-few'; reviewCount: number}
  | {
      status: 'fitted';
      reviewCount: number;
      current: readonly number[];
      fitted: number[];
      /** The current and fitted parameters scored on the whole history. */
      currentEvaluation: Evaluation;
      fittedEvaluation: Evaluation;
      /** fsrs-rs's time-series split evaluation (fit on the past, score the next part). */
      splitEvaluation: Evaluation;
      /** Anki keeps the current parameters unless the fitted ones lower the log loss. */
      isBetter: boolean;
      pretrainOnly: boolean;
    };

/** Options for {@link fitParameters}. */
export interface FitOptions {
  /** Called as the optimiser advances (fsrs-rs's own progress: done of total). */
  onProgress?: (done: number, total: number) => void;
}

function bindingItems(items: readonly TrainingReview[][]): FSRSBindingItem[] {
  return items.map(
    (item) => new FSRSBindingItem(item.map((r) => new FSRSBindingReview(r.rating, r.deltaT))),
  );
}

/** Scores a parameter vector on training items with fsrs-rs (`FSRS::evaluate`). */
export function evaluateParameters(
  params: readonly number[],
  items: readonly TrainingReview[][],
): Evaluation {
  const {logLoss, rmseBins} = new FSRSBinding([...params]).evaluate(bindingItems(items));
  return {logLoss, rmseBins};
}

/**
 * Fits FSRS-6 parameters to card histories with fsrs-rs (`computeParameters`, short-term on, as
 * Anki does), scores the current and fitted parameters on the same items, and runs fsrs-rs's
 * time-series split evaluation.
 */
export async function fitParameters(
  histories: readonly TrainingReview[][],
  current: readonly number[],
  options: FitOptions = {},
): Promise<FitOutcome> {
  const items = trainingItems(histories);
  if (items.length < MIN_TRAINING_ITEMS) return {status: 'too-few', reviewCount: items.length};
  const train = bindingItems(items);
  const progress = (done: number, total: number) => {
    options.onProgress?.(done, total);
    return true;
  };
  // `timeout` is how often (ms) the binding polls fsrs-rs for progress; the result also waits for
  // the next poll, so a long interval delays it (5,000 ms made a 0.7 s fit take 5 s).
  const fitted = await computeParameters(train, {enableShortTerm: true, progress, timeout: 100});
  const currentParams = fsrs6Parameters(current);
  const currentEvaluation = evaluateParameters(currentParams, items);
  const fittedEvaluation = evaluateParameters(fitted, items);
  const split = await evaluateWithTimeSeriesSplits(bindingItems(items), {enableShortTerm: true});
  return {
    status: 'fitted',
    reviewCount: items.length,
    current: currentParams,
    fitted,
    currentEvaluation,
    fittedEvaluation,
    splitEvaluation: {logLoss: split.logLoss, rmseBins: split.rmseBins},
    isBetter: fittedEvaluation.logLoss < currentEvaluation.logLoss,
    pretrainOnly: items.length < PRETRAIN_ONLY_BELOW,
  };
}
