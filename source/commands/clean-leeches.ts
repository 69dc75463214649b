import {createRewriter} from '../ai/gemini-rewriter.js';

import {findLeeches} from '../db/leech-rows.js';
import {UserError} from '../errors.js';
import {rewriteLeeches} from '../leech/leech-clinic.js';
import {LEECH_DIFFICULTY, leechHistory} from '../leech/leech-history.js';
import {createProgressPrinter} from '../terminal/progress-printer.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {CleanOptions} from './options/clean-options.js';

/** `nls clean --leeches [--rewrite]`: the cards you keep forgetting, and rewrites of them. */
export async function run(options: CleanOptions, {output}: CommandContext): Promise<number> {
  const config = loadCommandConfig();
  const lapses = options.lapses ?? config.anki.leechLapses;
  const {limit} = options;
  const {apiKey} = config.gemini;
  if (options.rewrite && !apiKey) {
    throw new UserError('nls clean --leeches --rewrite needs a Gemini API key.', {
      hint: 'set GEMINI_API_KEY (or leave out --rewrite to list the leeches)',
    });
  }
  return withCommandDatabase(config, async (db) => {
    const leeches = await findLeeches(db.sql, {lapses, difficulty: LEECH_DIFFICULTY});
    const rewrite =
      options.rewrite && apiKey
        ? await rewriteLeeches(
            db,
            createRewriter({
              apiKey,
              model: config.gemini.model,
              baseUrl: config.gemini.baseUrl,
              rpm: config.gemini.rpm,
            }),
            leeches,
            {
              now: new Date(),
              limit,
              onProgress: options.json ? () => {} : createProgressPrinter(),
            },
          )
        : null;
    if (options.json) {
      output.json({leeches: leeches.map((l) => ({...l, history: leechHistory(l)})), rewrite});
      return 0;
    }
    output.line(
      `${leeches.length} leeches (${lapses}+ lapses or difficulty above ${LEECH_DIFFICULTY}).`,
    );
    for (const leech of leeches) {
      output.line(`  ${sanitizeTerminalText(leech.cardKey)}: ${leechHistory(leech)}`);
      output.line(`    ${sanitizeTerminalText(leech.front).slice(0, 100)}`);
    }
    if (rewrite) {
      output.line(
        `Rewrites queued: ${rewrite.proposals} from ${rewrite.attempted} leeches (${rewrite.failed} failed, ${rewrite.alreadyPending} already waiting). Review them with nls review.`,
      );
    }
    return rewrite !== null && rewrite.failed > 0 && rewrite.proposals === 0 ? 1 : 0;
  });
}
