import {configuredReviewService} from '../review/configured-review-service.js';
import {describeDecision, describeWriteback} from '../review/review-text.js';
import type {CommandContext} from './command-context.js';
import {loadCommandConfig, withCommandDatabase} from './command-preamble.js';
import type {ReviewApproveOptions} from './options/review-options.js';

/** `nls review approve ID…`: approves items (a split's whole group) in one undoable decision. */
export async function run(
  options: ReviewApproveOptions,
  {output}: CommandContext,
  args: string[],
): Promise<number> {
  const config = loadCommandConfig();
  return withCommandDatabase(config, async (db) => {
    const result = await configuredReviewService(db, config).approve(args);
    if (options.json) {
      output.json(result);
    } else {
      output.line(describeDecision(result));
      const notion = describeWriteback(result.notion);
      if (notion) output.line(notion);
    }
    return result.notion.mode === 'failed' ? 1 : 0;
  });
}
