import {type BackoffLimits, backoffDelay} from '../network/retry-timing.js';
import type {Timing} from '../network/timing.js';
import {createTokenBucket, type TokenBucket} from '../network/token-bucket.js';
import {toNotionError} from './notion-errors.js';
import {classifyFailure, type Failure} from './retry-policy.js';

/** Request counters for the sync log. */
export interface NotionRequestStats {
  requests: number;
  retries: number;
  rateLimited: number;
  /** Time spent sleeping before retries. */
  backoffMs: number;
  /** Time spent waiting for the rate limiter. */
  throttledMs: number;
}

/** Settings for {@link RequestRunner}. */
export interface RunnerOptions {
  token: string;
  baseUrl: string;
  rateLimit: number;
  maxRetries: number;
  backoff: BackoffLimits;
  maxRetryAfterMs: number;
  timing: Timing;
  random: () => number;
}

/** Context for error messages: the setting that named the object. */
export interface CallContext {
  setting?: string;
}

/**
 * Runs each request through the token bucket and retries 429 (after Retry-After), 5xx/529,
 * timeouts, network errors and garbled bodies with bounded exponential back-off. 4xx other than
 * 429 fail at once. Final failures become user errors that never contain the token.
 */
export class RequestRunner {
  /** Counters since construction. */
  readonly stats: NotionRequestStats = {
    requests: 0,
    retries: 0,
    rateLimited: 0,
    backoffMs: 0,
    throttledMs: 0,
  };
  readonly #options: RunnerOptions;
  readonly #bucket: TokenBucket;

  constructor(options: RunnerOptions) {
    this.#options = options;
    this.#bucket = createTokenBucket({ratePerSecond: options.rateLimit, timing: options.timing});
  }

  /** Runs `call`, retrying as the policy allows; `action` names it in error messages. */
  async run<T>(action: string, context: CallContext, call: () => Promise<T>): Promise<T> {
    const options = this.#options;
    for (let attempt = 0; ; attempt++) {
      this.stats.throttledMs += await this.#bucket.take();
      this.stats.requests += 1;
      try {
        return await call();
      } catch (error) {
        const failure = classifyFailure(error, options.timing.now());
        // Not an HTTP or transport failure: a bug on our side, keep its stack.
        if (failure.kind === 'fatal' && failure.status === null) throw error;
        const fail = () =>
          toNotionError(
            failure,
            {
              action,
              ...context,
              baseUrl: options.baseUrl,
              token: options.token,
              attempts: attempt + 1,
            },
            error,
          );
        if (failure.kind === 'fatal' || attempt >= options.maxRetries) throw fail();
        const delay = this.#delayFor(failure, attempt);
        if (delay > options.maxRetryAfterMs) throw fail();
        if (failure.kind === 'rate_limited') this.stats.rateLimited += 1;
        this.stats.retries += 1;
        this.stats.backoffMs += delay;
        await options.timing.sleep(delay);
      }
    }
  }

  #delayFor(failure: Failure, attempt: number): number {
    if (failure.kind === 'rate_limited' && failure.retryAfterMs !== null)
      return failure.retryAfterMs;
    return backoffDelay(attempt, this.#options.backoff, this.#options.random());
  }
}
