import {isHTTPResponseError, RequestTimeoutError} from '@notionhq/client';
import {parseRetryAfter} from '../network/retry-timing.js';

/** How a failed request failed, which decides whether it is retried. */
export type FailureKind = 'rate_limited' | 'server' | 'timeout' | 'network' | 'malformed' | 'fatal';

/** A classified failure. */
export interface Failure {
  kind: FailureKind;
  status: number | null;
  code: string | null;
  /** From a 429's Retry-After header (integer seconds, or an HTTP date). */
  retryAfterMs: number | null;
  message: string;
}

const networkCodes = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EAI_AGAIN',
  'ENOTFOUND',
  'UND_ERR_SOCKET',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
  'UND_ERR_CLOSED',
]);

function header(headers: unknown, name: string): string | null {
  if (headers && typeof (headers as Headers).get === 'function') {
    return (headers as Headers).get(name);
  }
  if (headers && typeof headers === 'object') {
    for (const [key, value] of Object.entries(headers)) {
      if (key.toLowerCase() === name && typeof value === 'string') return value;
    }
  }
  return null;
}

function errorCode(error: unknown): string | null {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && current && typeof current === 'object'; depth++) {
    const code = (current as {code?: unknown}).code;
    if (typeof code === 'string' && networkCodes.has(code)) return code;
    current = (current as {cause?: unknown}).cause;
  }
  return null;
}

/** Sorts an error thrown by the Notion SDK (or fetch underneath it) into a {@link Failure}. */
export function classifyFailure(error: unknown, now: number): Failure {
  const message = error instanceof Error ? error.message : String(error);
  if (isHTTPResponseError(error)) {
    const {status} = error;
    const code = typeof error.code === 'string' ? error.code : null;
    if (status === 429) {
      const retryAfterMs = parseRetryAfter(header(error.headers, 'retry-after'), now) ?? null;
      return {kind: 'rate_limited', status, code, retryAfterMs, message};
    }
    const kind = status >= 500 ? 'server' : 'fatal';
    return {kind, status, code, retryAfterMs: null, message};
  }
  const base = {status: null, code: null, retryAfterMs: null, message};
  if (RequestTimeoutError.isRequestTimeoutError(error)) return {...base, kind: 'timeout'};
  // The SDK parses a 2xx body with JSON.parse: a truncated or garbled body lands here.
  if (error instanceof SyntaxError) return {...base, kind: 'malformed'};
  const networkCode = errorCode(error);
  if (networkCode !== null || (error instanceof TypeError && message === 'fetch failed')) {
    return {...base, kind: 'network', code: networkCode};
  }
  return {...base, kind: 'fatal'};
}
