import {createAnkiClient} from '../anki/client.js';
import {
  applyParameters,
  optimizePresets,
  type PresetFit,
} from '../anki/optimizer/optimize-service.js';
import {fitSummary} from '../anki/optimizer/optimize-summary.js';
import {confirmDestructive} from '../cli/confirm.js';
import {registerSecrets} from '../cli/output.js';
import type {CommandContext} from '../cli/program.js';
import {createProgressPrinter} from '../cli/progress-printer.js';
import {withDatabase} from '../cli/with-database.js';
import {loadConfig, secretValues} from '../config/load-config.js';
import {ignoreProgress} from '../progress/progress-events.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';

/** Options of `nls fsrs optimize`. */
interface OptimizeCommandOptions {
  preset?: string;
  apply?: boolean;
  yes?: boolean;
  json?: boolean;
}

const improved = (fit: PresetFit) => fit.outcome.status === 'fitted' && fit.outcome.isBetter;

/** `nls fsrs optimize`: fits FSRS parameters per preset; `--apply` writes them after a yes. */
export async function run(options: OptimizeCommandOptions, {output}: CommandContext) {
  const config = loadConfig();
  registerSecrets(secretValues(config));
  const client = createAnkiClient({url: config.anki.url, key: config.anki.key});
  const printer = options.json ? null : createProgressPrinter();
  const fits = await withDatabase(config, (db) =>
    optimizePresets(db, client, {
      now: new Date(),
      url: config.anki.url,
      day: config.anki.day,
      presetName: options.preset,
      onProgress: printer ?? ignoreProgress,
    }),
  ).finally(() => printer?.finish());
  if (!options.json) for (const fit of fits) for (const line of fitSummary(fit)) output.line(line);
  const toApply = options.apply ? fits.filter(improved) : [];
  const applied: string[] = [];
  if (toApply.length > 0) {
    const names = toApply.map((fit) => sanitizeTerminalText(fit.preset.name)).join(', ');
    const question = `Write the fitted parameters to ${toApply.length === 1 ? 'preset' : 'presets'} ${names} in Anki?`;
    if (await confirmDestructive(question, {yes: options.yes})) {
      for (const fit of toApply) {
        if (fit.outcome.status !== 'fitted') continue;
        await applyParameters(client, fit, fit.outcome.fitted);
        applied.push(fit.preset.name);
      }
    }
  }
  if (options.json) {
    output.json({presets: fits.map((fit) => ({...fit, preset: fit.preset.name})), applied});
    return 0;
  }
  if (options.apply) {
    output.line(
      applied.length > 0
        ? `Saved the fitted parameters to ${applied.map((name) => sanitizeTerminalText(name)).join(', ')}.`
        : 'Nothing written to Anki.',
    );
  }
  return 0;
}
