import {withDatabase} from '../cli/with-database.js';
import {loadConfig, secretValues} from '../config/load-config.js';
import {configuredReviewService} from '../review/configured-review-service.js';
import {describeDecision} from '../review/review-text.js';
import {registerSecrets} from '../terminal/output.js';
import type {CommandContext} from './command-context.js';
import type {ReviewRejectOptions} from './options/review-options.js';

/** `nls review reject ID… [--reason TEXT]`: rejects items; the originals stay as they are. */
export async function run(
  options: ReviewRejectOptions,
  {output}: CommandContext,
  args: string[],
): Promise<number> {
  const config = loadConfig();
  registerSecrets(secretValues(config));
  return withDatabase(config, async (db) => {
    const result = await configuredReviewService(db, config).reject(args, options.reason);
    if (options.json) output.json(result);
    else output.line(describeDecision(result));
    return 0;
  });
}
