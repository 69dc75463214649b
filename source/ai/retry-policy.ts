// 408 and 429 are "try later"; 5xx are the server's fault. 400/401/402/403/404 would fail the
// same way again (bad request, bad key, no credit, no permission, no model), so never retry them.
const retryable = new Set([408, 429, 500, 502, 503, 504]);

/** True when an HTTP status is worth retrying. `undefined` = no response (network, timeout). */
export function isRetryableStatus(status: number | undefined): boolean {
  return status === undefined || retryable.has(status) || (status >= 500 && status < 600);
}

/** Reads google.rpc.RetryInfo's `retryDelay` ("20s", "1.5s") from a Gemini error body. */
export function retryDelayFromBody(body: unknown): number | undefined {
  const details = (body as {error?: {details?: unknown}} | null)?.error?.details;
  if (!Array.isArray(details)) return undefined;
  for (const detail of details) {
    const delay = (detail as {retryDelay?: unknown} | null)?.retryDelay;
    if (typeof delay === 'string') {
      const match = /^(\d+(?:\.\d+)?)s$/.exec(delay.trim());
      if (match?.[1] !== undefined) return Math.round(Number(match[1]) * 1000);
    }
  }
  return undefined;
}
