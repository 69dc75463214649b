import type {GenerateContentResponse} from '@google/genai';
import {parseRetryAfter} from '../network/retry-timing.js';
import {isRetryableStatus, retryDelayFromBody} from './retry-policy.js';

/** A call that got no usable response. */
export interface FailedCall {
  readonly status: number | undefined;
  readonly message: string;
  readonly retryable: boolean;
  /** What the server asked us to wait (Retry-After header or RetryInfo), if anything. */
  readonly retryAfterMs: number | undefined;
}

/** What the watching fetch saw of the last response. */
export interface SeenResponse {
  readonly status?: number;
  readonly retryAfter?: string | null;
  readonly body?: string;
}

const maxMessage = 300;

/** Removes every occurrence of the secret and caps the length. */
export function redactSecret(message: string, secret: string): string {
  const clean = secret.length >= 4 ? message.split(secret).join('[redacted]') : message;
  return clean.length > maxMessage ? `${clean.slice(0, maxMessage)}…` : clean;
}

function parseJson(text: string | undefined): unknown {
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** True for errors fetch raises when no response arrived (refused, reset, DNS, timeout). */
export function isTransportError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === 'TimeoutError' || error.name === 'AbortError') return true;
  return error instanceof TypeError && /fetch failed/i.test(error.message);
}

/** Turns a thrown SDK/network error into a redacted, classified failure. */
export function describeFailure(
  error: unknown,
  seen: SeenResponse,
  secret: string,
  now: number,
): FailedCall {
  const {status} = seen;
  const body = parseJson(seen.body) as {error?: {message?: unknown; status?: unknown}} | undefined;
  let message: string;
  let retryable: boolean;
  if (status !== undefined && status >= 200 && status < 300) {
    // The server said OK but the SDK could not read the body: a broken proxy, not worth retrying.
    message = 'Gemini sent an unreadable response body.';
    retryable = false;
  } else if (status !== undefined) {
    const code = typeof body?.error?.status === 'string' ? ` ${body.error.status}` : '';
    const text = typeof body?.error?.message === 'string' ? body.error.message : seen.body;
    message = `Gemini returned HTTP ${status}${code}${text ? `: ${text.trim()}` : ''}`;
    retryable = isRetryableStatus(status);
  } else {
    const name = error instanceof Error ? error.name : '';
    const timedOut = name === 'TimeoutError' || name === 'AbortError';
    const detail = error instanceof Error ? error.message : String(error);
    message = timedOut ? 'Gemini request timed out.' : `Could not reach Gemini: ${detail}`;
    retryable = true;
  }
  const retryAfterMs = parseRetryAfter(seen.retryAfter, now) ?? retryDelayFromBody(body);
  return {status, message: redactSecret(message, secret), retryable, retryAfterMs};
}

/** Says why a response carried no text (blocked prompt, safety stop, token limit). */
export function summariseEmpty(response: GenerateContentResponse): string {
  const blocked = response.promptFeedback?.blockReason;
  if (blocked) return `Gemini blocked the prompt (${blocked}).`;
  const finish = response.candidates?.[0]?.finishReason;
  if (finish && finish !== 'STOP') return `Gemini returned no text (finish reason ${finish}).`;
  return 'Gemini returned no text.';
}

/** True for google-auth-library failures: no credentials found, or a token exchange refused. */
export function isCredentialError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  return error.name === 'GaxiosError' || /credential|token|authenticat/i.test(error.message);
}

/** A Vertex AI call that never got past authentication: fatal, like a rejected key. */
export function describeCredentialFailure(error: unknown, apiKey: string): FailedCall {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    status: 401,
    message: redactSecret(
      `Vertex AI could not authenticate (${reason}); run gcloud auth application-default login or set GOOGLE_APPLICATION_CREDENTIALS`,
      apiKey,
    ),
    retryable: false,
    retryAfterMs: undefined,
  };
}
