import {configuredReviewService} from '../review/configured-review-service.js';
import {describeDecision} from '../review/review-text.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {ReviewRejectOptions} from './options/review-options.js';

/** `nls review reject ID… [--reason TEXT]`: rejects items; the originals stay as they are. */
export async function run(
  options: ReviewRejectOptions,
  {output}: CommandContext,
  args: string[],
): Promise<number> {
  const config = loadCommandConfig();
  return withCommandDatabase(config, async (db) => {
    const result = await configuredReviewService(db, config).reject(args, options.reason);
    if (options.json) output.json(result);
    else output.line(describeDecision(result));
    return 0;
  });
}
