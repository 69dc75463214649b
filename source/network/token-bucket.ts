import type {Timing} from './timing.js';

/** Options for {@link createTokenBucket}. */
export interface TokenBucketOptions {
  /** Tokens added per second (requests per second); 0 or Infinity means unlimited. */
  readonly ratePerSecond: number;
  /**
   * Most tokens held at once (default: one second's worth, at least 1). A burst of 1 spaces
   * requests evenly, which keeps any window of n seconds at or under n × rate + 1 requests.
   */
  readonly burst?: number;
  readonly timing: Timing;
}

/** A limiter shared by every request to one service. */
export interface TokenBucket {
  /** Resolves when the caller may send one request, with the milliseconds it waited. */
  take(): Promise<number>;
}

/**
 * The one token bucket for every client. Tokens may go negative: each caller reserves its slot
 * synchronously and then sleeps until it, so concurrent callers are served in arrival order
 * instead of all waking together, and a fake clock that does not move during sleep still spaces
 * them.
 */
export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  const {ratePerSecond: rate, timing} = options;
  if (!(rate > 0 && Number.isFinite(rate))) return {take: async () => 0};
  const burst = Math.max(1, options.burst ?? Math.floor(rate));
  const perMs = rate / 1000;
  let tokens = burst;
  let last = timing.now();
  return {
    async take() {
      const now = timing.now();
      tokens = Math.min(burst, tokens + Math.max(0, now - last) * perMs);
      last = now;
      tokens -= 1;
      if (tokens >= 0) return 0;
      const waitMs = Math.ceil(-tokens / perMs);
      await timing.sleep(waitMs);
      return waitMs;
    },
  };
}
