import {UserError} from '../errors.js';
import type {Failure} from './retry-policy.js';

/** What was being done when a request failed, for the error message and its fix. */
export interface FailureContext {
  /** e.g. "retrieving database 1234…" */
  action: string;
  /** The setting that names the object, e.g. NOTION_FLASHCARDS_DB. */
  setting?: string;
  baseUrl: string;
  /** Redacted from any text that reaches the message. */
  token: string;
  attempts: number;
}

/** A Notion request that failed in a way the user can act on; carries status and API code. */
export class NotionApiError extends UserError {
  /** HTTP status, or null for network failures and timeouts. */
  readonly status: number | null;
  /** Notion's error code (object_not_found, rate_limited, ...) or a network error code. */
  readonly code: string | null;

  constructor(message: string, failure: Failure, hint: string, cause: unknown) {
    super(message, {hint, cause});
    this.name = 'NotionApiError';
    this.status = failure.status;
    this.code = failure.code;
  }
}

function redact(text: string, token: string): string {
  return token.length >= 4 ? text.split(token).join('[redacted]') : text;
}

function describe(failure: Failure, context: FailureContext): {message: string; hint: string} {
  const where = context.setting ? `check ${context.setting}` : 'check the NOTION_*_DB setting';
  const tries = context.attempts > 1 ? ` after ${context.attempts} attempts` : '';
  const status = failure.status;
  if (status === 401) {
    return {
      message: `Notion rejected the integration token while ${context.action} (401 unauthorized)`,
      hint: 'check NOTION_TOKEN: copy the internal integration secret from notion.so/profile/integrations',
    };
  }
  if (status === 403) {
    return {
      message: `The Notion integration may not do this while ${context.action} (403 ${failure.code ?? 'restricted_resource'})`,
      hint: 'give the integration the "Read content" capability (and "Update content" for write-back)',
    };
  }
  if (status === 404) {
    return {
      message: `Notion could not find the object while ${context.action} (404 object_not_found)`,
      hint: `share the database with the integration (••• → Connections) and ${where}`,
    };
  }
  if (failure.kind === 'rate_limited') {
    return {
      message: `Notion kept rate limiting the requests while ${context.action}${tries}`,
      hint: 'lower NOTION_RATE_LIMIT or try again in a few minutes',
    };
  }
  if (failure.kind === 'server') {
    return {
      message: `Notion had a server error while ${context.action} (${[status, failure.code].filter(Boolean).join(' ')})${tries}`,
      hint: 'try again later; see status.notion.so',
    };
  }
  if (failure.kind === 'timeout' || failure.kind === 'network') {
    return {
      message: `Could not reach Notion at ${context.baseUrl} while ${context.action}${tries}`,
      hint: 'check the network connection and NOTION_BASE_URL',
    };
  }
  if (failure.kind === 'malformed') {
    return {
      message: `Notion sent a malformed response while ${context.action}${tries}`,
      hint: 'try again later; if it persists check NOTION_BASE_URL points at the Notion API',
    };
  }
  return {
    message: `Notion refused the request while ${context.action} (${status ?? '?'} ${failure.code ?? 'error'}): ${failure.message}`,
    hint: 'check the property names mapped in nls.config.json against the Notion database',
  };
}

/** The user-facing error for a request that failed for good. Never includes the token. */
export function toNotionError(
  failure: Failure,
  context: FailureContext,
  cause: unknown,
): NotionApiError {
  const {message, hint} = describe(failure, context);
  return new NotionApiError(redact(message, context.token), failure, hint, cause);
}
