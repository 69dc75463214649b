import {createRewriter} from '../ai/gemini-rewriter.js';
import {formatCleaningSummary} from '../cleaning/pipeline/cleaning-summary.js';
import {cleaningNextSteps, runCleaning} from '../cleaning/pipeline/index.js';
import {withDatabase} from '../cli/with-database.js';
import {loadConfig, secretValues} from '../config/load-config.js';
import {UserError} from '../errors.js';
import {registerSecrets} from '../terminal/output.js';
import {createProgressPrinter} from '../terminal/progress-printer.js';
import type {CommandContext} from './command-context.js';
import type {CleanOptions} from './options/clean-options.js';

/** `nls clean`: grade, normalise, de-duplicate and optionally queue Gemini rewrites. */
export async function run(options: CleanOptions, context: CommandContext): Promise<number> {
  if (options.leeches) return (await import('./clean-leeches.js')).run(options, context);
  const {output} = context;
  const {limit} = options;
  const config = loadConfig();
  registerSecrets(secretValues(config));
  const dryRun = Boolean(options.dryRun);
  const {gemini} = config;
  // Vertex AI with a project signs in with Application Default Credentials; otherwise a key.
  const configured = Boolean(gemini.apiKey || gemini.vertex?.project);
  if (options.rewrite && !dryRun && !configured) {
    throw new UserError('nls clean --rewrite needs a Gemini API key or Vertex AI settings.', {
      hint: 'set GEMINI_API_KEY, or GOOGLE_GENAI_USE_VERTEXAI=true with GOOGLE_CLOUD_PROJECT (or run nls clean without --rewrite)',
    });
  }
  const rewriter =
    options.rewrite && configured
      ? createRewriter({
          apiKey: gemini.apiKey,
          vertex: gemini.vertex,
          model: gemini.model,
          baseUrl: gemini.baseUrl,
          rpm: gemini.rpm,
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
