/** What an injected fault does to a request. */
export interface FaultSpec {
  /** Answer with this HTTP status and Notion's error body for it. */
  status?: number;
  /** Overrides the error code in the body. */
  code?: string;
  message?: string;
  /** Retry-After header value (seconds, or any string); a 429 sends 1 unless this is null. */
  retryAfter?: number | string | null;
  /** Wait this long before answering (combine with nothing to just slow the request). */
  delayMs?: number;
  /** Destroy the connection without answering. */
  reset?: boolean;
  /** Answer 200 with a truncated JSON body. */
  malformed?: boolean;
  /** Only requests matching this method and/or path (substring or pattern) are affected. */
  match?: {method?: string; path?: string | RegExp};
}

interface Rule {
  remaining: number;
  spec: FaultSpec;
}

const defaultCodes: Record<number, [string, string]> = {
  400: ['validation_error', 'body failed validation.'],
  401: ['unauthorized', 'API token is invalid.'],
  403: ['restricted_resource', 'API token does not have access to this resource.'],
  404: [
    'object_not_found',
    'Could not find the object. Make sure it is shared with your integration.',
  ],
  409: ['conflict_error', 'Conflict occurred while saving. Please try again.'],
  429: ['rate_limited', 'You have been rate limited. Please try again in a few minutes.'],
  500: ['internal_server_error', 'Unexpected error occurred.'],
  502: ['bad_gateway', 'Bad gateway.'],
  503: ['service_unavailable', 'Notion is unavailable, please try again later.'],
  504: ['gateway_timeout', 'Notion timed out while attempting to complete this request.'],
  529: ['service_overload', 'Notion is experiencing high load. Please try again later.'],
};

/** Notion's error code and message for a status. */
export function errorFor(status: number): {code: string; message: string} {
  const [code, message] = defaultCodes[status] ?? [
    'internal_server_error',
    'Unexpected error occurred.',
  ];
  return {code, message};
}

/** A queue of "the next N matching requests fail like this" rules. */
export class FaultQueue {
  readonly #rules: Rule[] = [];

  /** The next `count` matching requests get `spec`. */
  inject(count: number, spec: FaultSpec): void {
    this.#rules.push({remaining: count, spec});
  }

  /** Drops every pending fault. */
  clear(): void {
    this.#rules.length = 0;
  }

  /** Pending fault count. */
  get pending(): number {
    return this.#rules.reduce((sum, rule) => sum + rule.remaining, 0);
  }

  /** Takes the fault for this request, if any. */
  take(method: string, path: string): FaultSpec | null {
    const rule = this.#rules.find((r) => r.remaining > 0 && matches(r.spec, method, path));
    if (!rule) return null;
    rule.remaining -= 1;
    if (rule.remaining === 0) this.#rules.splice(this.#rules.indexOf(rule), 1);
    return rule.spec;
  }
}

function matches(spec: FaultSpec, method: string, path: string): boolean {
  const m = spec.match;
  if (!m) return true;
  if (m.method && m.method.toUpperCase() !== method.toUpperCase()) return false;
  if (m.path === undefined) return true;
  return typeof m.path === 'string' ? path.includes(m.path) : m.path.test(path);
}

/** A response the fake sends: JSON body (or raw text) plus extra headers. */
export interface HttpAnswer {
  status: number;
  body?: unknown;
  raw?: string;
  headers?: Record<string, string>;
}

/** A Notion error answer. */
export function errorAnswer(status: number, code?: string, message?: string): HttpAnswer {
  const defaults = errorFor(status);
  return {
    status,
    body: {
      object: 'error',
      status,
      code: code ?? defaults.code,
      message: message ?? defaults.message,
      request_id: 'fake-request',
    },
  };
}
