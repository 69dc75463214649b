import {UsageError} from '../errors.js';
import {configuredReviewService} from '../review/configured-review-service.js';
import {describeItem} from '../review/review-text.js';
import type {ReviewFilters} from '../review/review-types.js';
import {parseWholeNumber} from '../terminal/parse-whole-number.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';

const statuses = ['pending', 'approved', 'rejected', 'edited', 'all'] as const;

/** `nls review list`: the review queue as text or JSON. */
export async function run(
  options: {status?: string; source?: string; batch?: string; limit?: string; json?: boolean},
  {output}: CommandContext,
): Promise<number> {
  const status = statuses.find((s) => s === (options.status ?? 'pending'));
  if (!status) {
    throw new UsageError(`Unknown status "${options.status}"`, {
      hint: `use --status ${statuses.join('|')}`,
    });
  }
  const limit = parseWholeNumber(options.limit, '--limit', 1000, {min: 1});
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
