import type {Config} from '../config/load-config.js';
import type {Database} from '../db/connection.js';
import {NotionClient} from '../notion/client.js';
import {createReviewService, type ReviewService} from './review-service.js';

/**
 * The review service with the user's settings: Notion write-back only when PROTECT_NOTION is
 * off, through a rate-limited client when a token is configured.
 */
export function configuredReviewService(
  db: Database,
  config: Config,
  now: () => Date = () => new Date(),
): ReviewService {
  const writeBack = !config.protectNotion && config.notion.token !== undefined;
  return createReviewService({
    db,
    now,
    protectNotion: config.protectNotion,
    ...(writeBack
      ? {
          notion: new NotionClient({
            token: config.notion.token ?? '',
            rateLimit: config.notion.rateLimit,
            ...(config.notion.baseUrl ? {baseUrl: config.notion.baseUrl} : {}),
          }),
        }
      : {}),
    ...(config.notion.properties.flashcards
      ? {flashcardProperties: config.notion.properties.flashcards}
      : {}),
  });
}
