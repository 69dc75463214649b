import {configuredReviewService} from '../review/configured-review-service.js';
import {describeItem} from '../review/review-text.js';
import type {ReviewFilters} from '../review/review-types.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {ReviewListOptions} from './options/review-options.js';

/** `nls review list`: the review queue as text or JSON. */
export async function run(options: ReviewListOptions, {output}: CommandContext): Promise<number> {
  const {status, limit} = options;
  const config = loadCommandConfig();
  const filters: ReviewFilters = {
    status,
    limit,
    ...(options.source ? {source: options.source} : {}),
    ...(options.batch ? {batchId: options.batch} : {}),
  };
  return withCommandDatabase(config, async (db) => {
    const page = await configuredReviewService(db, config).list(filters);
    if (options.json) {
      output.json(page);
      return 0;
    }
    if (page.items.length === 0) {
      output.line(status === 'pending' ? 'Nothing to review.' : `No ${status} review items.`);
      return 0;
    }
    for (const item of page.items) for (const line of describeItem(item)) output.line(line);
    output.line(`${page.items.length} of ${page.total} item(s).`);
    return 0;
  });
}
