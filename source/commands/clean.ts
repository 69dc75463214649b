import {createRewriter} from '../ai/gemini-rewriter.js';
import {formatCleaningSummary} from '../cleaning/pipeline/cleaning-summary.js';
import {cleaningNextSteps, runCleaning} from '../cleaning/pipeline/index.js';
import {registerSecrets} from '../cli/output.js';
import type {CommandContext} from '../cli/program.js';
import {createProgressPrinter} from '../cli/progress-printer.js';
import {withDatabase} from '../cli/with-database.js';
import {loadConfig, secretValues} from '../config/load-config.js';
import {UsageError, UserError} from '../errors.js';

/** `nls clean`: grade, normalise, de-duplicate and optionally queue Gemini rewrites. */
export async function run(
  options: {rewrite?: boolean; limit?: string; dryRun?: boolean; json?: boolean; leeches?: boolean},
  context: CommandContext,
): Promise<number> {
  if (options.leeches) return (await import('./clean-leeches.js')).run(options, context);
  const {output} = context;
  const limit = Number(options.limit ?? '50');
  if (!Number.isInteger(limit) || limit < 1) {
    throw new UsageError(`--limit must be a whole number ≥ 1 (got "${options.limit}").`);
  }
  const config = loadConfig();
  registerSecrets(secretValues(config));
  const dryRun = Boolean(options.dryRun);
  if (options.rewrite && !dryRun && !config.gemini.apiKey) {
    throw new UserError('nls clean --rewrite needs a Gemini API key.', {
      hint: 'set GEMINI_API_KEY (or run nls clean without --rewrite)',
    });
  }
  const rewriter =
    options.rewrite && config.gemini.apiKey
      ? createRewriter({
          apiKey: config.gemini.apiKey,
          model: config.gemini.model,
          baseUrl: config.gemini.baseUrl,
          rpm: config.gemini.rpm,
        })
      : null;
  const progress = options.json ? undefined : createProgressPrinter();
  const report = await withDatabase(config, (db) =>
    runCleaning(db, {
      now: new Date(),
      dryRun,
      rewrite: options.rewrite ? {rewriter, limit} : undefined,
      onProgress: progress,
    }),
  );
  progress?.finish();
  const nextSteps = cleaningNextSteps(report);
  if (options.json) output.json({...report, nextSteps});
  else for (const line of formatCleaningSummary(report, nextSteps)) output.line(line);
  return report.rewrite?.stopped ? 1 : 0;
}
