import {countNoun} from '../../text/count-noun.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {type Evaluation, type FitOutcome, MIN_TRAINING_ITEMS} from './fit-parameters.js';
import type {PresetFit} from './optimize-service.js';

const vector = (params: readonly number[]) => params.map((p) => p.toFixed(4)).join(', ');
const scores = (e: Evaluation) =>
  `log loss ${e.logLoss.toFixed(4)}, RMSE ${(e.rmseBins * 100).toFixed(2)} %`;

/** The lines `nls fsrs optimize` prints for one preset's fit. */
export function fitSummary(fit: PresetFit): string[] {
  return outcomeSummary(`Preset ${sanitizeTerminalText(fit.preset.name)}`, fit.cards, fit.outcome);
}

/** The lines for one fit: a title, the cards it covers, and the outcome. */
export function outcomeSummary(title: string, cards: number, outcome: FitOutcome): string[] {
  const head = `${title}: ${countNoun(cards, 'card')}, ${countNoun(outcome.reviewCount, 'review')} to learn from.`;
  if (outcome.status === 'too-few') {
    return [
      head,
      `  Fewer than ${MIN_TRAINING_ITEMS} reviews on a later day than the one before (Anki's minimum): keeping the current parameters.`,
    ];
  }
  const lines = [
    head,
    `  current  ${scores(outcome.currentEvaluation)}`,
    `           [${vector(outcome.current)}]`,
    `  fitted   ${scores(outcome.fittedEvaluation)}`,
    `           [${vector(outcome.fitted)}]`,
    `  time-series split evaluation of the fit: ${scores(outcome.splitEvaluation)}`,
  ];
  if (outcome.pretrainOnly) {
    lines.push('  Few reviews: fsrs-rs fitted only the four initial stabilities.');
  }
  lines.push(
    outcome.isBetter
      ? '  The fitted parameters predict this history better.'
      : '  The fitted parameters do not lower the log loss: keeping the current ones (as Anki does).',
  );
  return lines;
}
