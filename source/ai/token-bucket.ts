/** Options for {@link createTokenBucket}. */
export interface TokenBucketOptions {
  /** Tokens added per minute (requests per minute). */
  readonly perMinute: number;
  /** Most tokens held at once; 1 spaces requests evenly, which keeps any 60 s window ≤ rpm + 1. */
  readonly capacity?: number;
  readonly now: () => number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** A limiter: `take()` resolves when the caller may send one request. */
export interface TokenBucket {
  take(): Promise<void>;
}

/**
 * A token bucket. Tokens may go negative: each caller reserves its slot synchronously and then
 * sleeps until it, so concurrent callers queue in order instead of all waking together.
 */
export function createTokenBucket(options: TokenBucketOptions): TokenBucket {
  if (!(options.perMinute > 0)) throw new RangeError('perMinute must be greater than 0');
  const capacity = Math.max(1, options.capacity ?? 1);
  const perMs = options.perMinute / 60_000;
  let tokens = capacity;
  let last = options.now();
  return {
    async take() {
      const now = options.now();
      tokens = Math.min(capacity, tokens + (now - last) * perMs);
      last = now;
      tokens -= 1;
      if (tokens >= 0) return;
      await options.sleep(Math.ceil(-tokens / perMs));
    },
  };
}
