import {createAnkiClient} from '../anki/client.js';
import type {FitOutcome} from '../anki/optimizer/fit-parameters.js';
import {
  applyParameters,
  applyQuizParameters,
  optimizePresets,
  optimizeQuizItems,
} from '../anki/optimizer/optimize-service.js';
import {fitSummary, outcomeSummary} from '../anki/optimizer/optimize-summary.js';
import {ignoreProgress} from '../progress/progress-events.js';
import {confirmDestructive} from '../terminal/confirm.js';
import {createProgressPrinter} from '../terminal/progress-printer.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {FsrsOptimizeOptions} from './options/fsrs-options.js';

const improved = (outcome: FitOutcome) => outcome.status === 'fitted' && outcome.isBetter;

/**
 * `nls fsrs optimize`: fits FSRS parameters per Anki preset (and for quiz items, from quiz
 * answers); `--apply` writes the ones that predict better after a yes.
 */
export async function run(options: FsrsOptimizeOptions, {output}: CommandContext) {
  const config = loadCommandConfig();
  const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
  const printer = options.json ? null : createProgressPrinter();
  const onProgress = printer ?? ignoreProgress;
  return withCommandDatabase(config, async (db) => {
    const fits = await optimizePresets(db, client, {
      now: new Date(),
      url: config.anki.url,
      day: config.anki.day,
      presetName: options.preset,
      onProgress,
    });
    const quiz = options.preset === undefined ? await optimizeQuizItems(db, onProgress) : null;
    printer?.finish();
    if (!options.json) {
      for (const fit of fits) for (const line of fitSummary(fit)) output.line(line);
      if (quiz)
        for (const line of outcomeSummary('Quiz items (own parameters)', quiz.items, quiz.outcome))
          output.line(line);
    }
    const presets = options.apply ? fits.filter((fit) => improved(fit.outcome)) : [];
    const quizToApply = options.apply && quiz !== null && improved(quiz.outcome) ? quiz : null;
    const applied: string[] = [];
    if (presets.length > 0 || quizToApply) {
      const names = presets.map((fit) => sanitizeTerminalText(fit.preset.name)).join(', ');
      const targets = [
        ...(presets.length > 0
          ? [`${presets.length === 1 ? 'preset' : 'presets'} ${names} in Anki`]
          : []),
        ...(quizToApply ? ['quiz items'] : []),
      ];
      if (
        await confirmDestructive(
          `Write the fitted parameters to ${targets.join(' and ')}?`,
          options,
        )
      ) {
        for (const fit of presets) {
          if (fit.outcome.status !== 'fitted') continue;
          await applyParameters(client, fit, fit.outcome.fitted);
          applied.push(fit.preset.name);
        }
        if (quizToApply) {
          await applyQuizParameters(db, quizToApply);
          applied.push('quiz items');
        }
      }
    }
    if (options.json) {
      output.json({presets: fits.map((fit) => ({...fit, preset: fit.preset.name})), quiz, applied});
    } else if (options.apply) {
      output.line(
        applied.length > 0
          ? `Saved the fitted parameters to ${applied.map((name) => sanitizeTerminalText(name)).join(', ')}.`
          : 'Nothing written to Anki.',
      );
    }
    return 0;
  }).finally(() => printer?.finish());
}
