/** Bounds of exponential back-off between retries. */
export interface BackoffLimits {
  /** The first retry's full step; each later retry doubles it. */
  readonly baseMs: number;
  /** The longest step. */
  readonly maxMs: number;
}

/**
 * Exponential back-off with "equal jitter" before retry number `attempt` (0 for the first
 * retry): half the capped step is fixed and half scales with `random` in [0, 1], so retries
 * spread out but never collapse to zero.
 */
export function backoffDelay(attempt: number, limits: BackoffLimits, random: number): number {
  const step = Math.min(limits.maxMs, limits.baseMs * 2 ** attempt);
  return Math.round(step / 2 + (step / 2) * Math.min(1, Math.max(0, random)));
}

/**
 * A Retry-After header as milliseconds from `now`: delta-seconds (fractions accepted) or an
 * HTTP date (a date in the past means 0). Undefined when absent or unreadable.
 */
export function parseRetryAfter(value: string | null | undefined, now: number): number | undefined {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return undefined;
  if (/^\d+(?:\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}
