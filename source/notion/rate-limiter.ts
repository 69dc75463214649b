/** Clock and sleep, injectable so tests run limiter and back-off logic without real waiting. */
export interface Timing {
  now: () => number;
  sleep: (ms: number) => Promise<void>;
}

/** Real wall-clock timing. */
export const realTiming: Timing = {
  now: () => Date.now(),
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/**
 * A token bucket: `ratePerSecond` tokens a second, bursts up to `burst` (default: one second's
 * worth, at least 1). Callers are served in arrival order. 0 or Infinity means unlimited.
 */
export class TokenBucket {
  readonly #rate: number;
  readonly #burst: number;
  readonly #timing: Timing;
  #tokens: number;
  #last: number;
  #queue: Promise<void> = Promise.resolve();
  /** Total milliseconds callers waited for a token. */
  waitedMs = 0;

  constructor(ratePerSecond: number, timing: Timing = realTiming, burst?: number) {
    this.#rate = ratePerSecond;
    this.#burst = Math.max(1, burst ?? Math.floor(ratePerSecond));
    this.#timing = timing;
    this.#tokens = this.#burst;
    this.#last = timing.now();
  }

  /** True when the bucket never makes anyone wait. */
  get unlimited(): boolean {
    return !(this.#rate > 0 && Number.isFinite(this.#rate));
  }

  /** Resolves once a token is available (and takes it). */
  take(): Promise<void> {
    if (this.unlimited) return Promise.resolve();
    const turn = this.#queue.then(() => this.#takeNow());
    this.#queue = turn.catch(() => undefined);
    return turn;
  }

  async #takeNow(): Promise<void> {
    this.#refill();
    if (this.#tokens < 1) {
      const waitMs = Math.ceil(((1 - this.#tokens) / this.#rate) * 1000);
      this.waitedMs += waitMs;
      await this.#timing.sleep(waitMs);
      this.#refill();
      // A clock that did not advance during sleep (a fake one) still owes us the token.
      this.#tokens = Math.max(this.#tokens, 1);
    }
    this.#tokens -= 1;
  }

  #refill(): void {
    const now = this.#timing.now();
    const elapsed = Math.max(0, now - this.#last);
    this.#last = now;
    this.#tokens = Math.min(this.#burst, this.#tokens + (elapsed / 1000) * this.#rate);
  }
}
