import {ApiError, type GenerateContentResponse, type GoogleGenAI} from '@google/genai';
import {UserError} from '../errors.js';
import {backoffDelay} from '../network/retry-timing.js';
import {realTiming} from '../network/timing.js';
import {createTokenBucket} from '../network/token-bucket.js';
import {
  describeCredentialFailure,
  describeFailure,
  type FailedCall,
  isCredentialError,
  isTransportError,
  redactSecret,
  summariseEmpty,
} from './gemini-failure.js';
import {type AiProvider, createGenAi, type VertexSettings} from './genai-client.js';
import {buildRewritePrompt, type RewriteCard} from './rewrite-prompt.js';
import {geminiResponseSchema, parseProposal, type RewriteProposal} from './rewrite-schema.js';

/** Options for {@link createRewriter}; the config layer maps GEMINI_* settings onto these. */
export interface RewriterOptions {
  /** Gemini API key; with `vertex` and no project, a Vertex AI express-mode key. */
  readonly apiKey?: string | undefined;
  /** Use Vertex AI (GOOGLE_GENAI_USE_VERTEXAI) with this project and location. */
  readonly vertex?: VertexSettings | null | undefined;
  /** Model id; default gemini-2.5-flash. Model names change often, so keep it configurable. */
  readonly model?: string;
  /** API root, e.g. a local fake; default Google's. */
  readonly baseUrl?: string | undefined;
  /** Requests per minute, retries included; default 10. */
  readonly rpm?: number;
  /** Retries after the first attempt for 408/429/5xx/network errors; default 4. */
  readonly maxRetries?: number;
  /** Per-attempt timeout; default 60 s. */
  readonly timeoutMs?: number;
  /** First backoff step; default 1 s. Doubles per retry. */
  readonly backoffBaseMs?: number;
  /** Longest wait between retries, Retry-After included; default 60 s. */
  readonly backoffMaxMs?: number;
  readonly sleep?: (ms: number) => Promise<void>;
  readonly now?: () => number;
  /** Uniform [0, 1) source for jitter. */
  readonly random?: () => number;
}

/** Why a rewrite produced no proposal. */
export type RewriteErrorKind = 'invalid_json' | 'schema' | 'empty' | 'http';

/** A failed rewrite; `retried` counts retries after the first attempt. Never holds the key. */
export interface RewriteError {
  readonly kind: RewriteErrorKind;
  readonly status?: number;
  readonly message: string;
  readonly retried: number;
}

/** Token counts Gemini reported for the successful call. */
export interface RewriteUsage {
  readonly promptTokens: number;
  readonly outputTokens: number;
}

/** Outcome of one rewrite: a proposal to queue for a person, or an error to record. */
export type RewriteResult =
  | {readonly ok: true; readonly proposal: RewriteProposal; readonly usage?: RewriteUsage}
  | {readonly ok: false; readonly error: RewriteError};

/** Rewrites cards through Gemini. The result is data only; nothing in it is ever executed. */
export interface Rewriter {
  rewrite(card: RewriteCard): Promise<RewriteResult>;
  /** Who answers, recorded as review_queue.source (default gemini). */
  readonly source?: AiProvider;
}

/** The model used when none is configured. */
export const DEFAULT_GEMINI_MODEL = 'gemini-2.5-flash';

/** True when retrying later cards is pointless: the key, credit or permission is wrong. */
export function isFatalRewriteError(error: RewriteError): boolean {
  return error.kind === 'http' && [400, 401, 402, 403].includes(error.status ?? 0);
}

/** What one call to Gemini needs besides the card. */
interface GeminiCall {
  readonly ai: GoogleGenAI;
  readonly provider: AiProvider;
  readonly model: string;
  readonly apiKey: string;
  readonly now: () => number;
}

/** What the watching fetch saw of the response, filled in as it arrives. */
type SeenSoFar = {status?: number; retryAfter?: string | null; body?: string};

/** A fetch that records the response's status, Retry-After and error body into `seen`. */
function watchingFetch(seen: SeenSoFar): typeof fetch {
  return async (input, init) => {
    const response = await fetch(input, init);
    seen.status = response.status;
    seen.retryAfter = response.headers.get('retry-after');
    if (!response.ok) seen.body = await response.clone().text();
    return response;
  };
}

/** Turns a response into a validated proposal, or the reason it holds none. */
function readProposal(
  response: GenerateContentResponse,
  card: RewriteCard,
  apiKey: string,
): RewriteResult {
  const candidate = response.candidates?.[0];
  const text = (candidate?.content?.parts ?? [])
    .filter((part) => typeof part.text === 'string' && part.thought !== true)
    .map((part) => part.text)
    .join('');
  if (text.trim() === '') {
    return {ok: false, error: {kind: 'empty', message: summariseEmpty(response), retried: 0}};
  }
  const parsed = parseProposal(text, card.atomType, card);
  if (!parsed.ok) {
    const finish = candidate?.finishReason;
    const suffix = finish && finish !== 'STOP' ? ` (finish reason ${finish})` : '';
    const message = redactSecret(`${parsed.message}${suffix}`, apiKey);
    return {ok: false, error: {kind: parsed.kind, message, retried: 0}};
  }
  const usage = response.usageMetadata;
  return {
    ok: true,
    proposal: parsed.proposal,
    usage: {
      promptTokens: usage?.promptTokenCount ?? 0,
      outputTokens: usage?.candidatesTokenCount ?? 0,
    },
  };
}

/** Sends one request: a result to return as it is, or a failed call the retry loop judges. */
async function callOnce(call: GeminiCall, card: RewriteCard): Promise<RewriteResult | FailedCall> {
  const prompt = buildRewritePrompt(card);
  // Per-request fetch so concurrent calls each see their own response headers and error body.
  const seen: SeenSoFar = {};
  try {
    const response = await call.ai.models.generateContent({
      model: call.model,
      contents: [{role: 'user', parts: [{text: prompt.userText}]}],
      config: {
        systemInstruction: prompt.systemInstruction,
        responseMimeType: 'application/json',
        responseSchema: geminiResponseSchema,
        temperature: 0.3,
        candidateCount: 1,
        httpOptions: {fetch: watchingFetch(seen)},
      },
    });
    return readProposal(response, card, call.apiKey);
  } catch (error) {
    const status = error instanceof ApiError ? error.status : seen.status;
    // Vertex AI credentials that cannot be loaded or exchanged: as fatal as a wrong key.
    if (status === undefined && call.provider === 'vertex' && isCredentialError(error)) {
      return describeCredentialFailure(error, call.apiKey);
    }
    // Without a response and without a transport failure, this is a bug: let it surface.
    if (status === undefined && !isTransportError(error)) throw error;
    return describeFailure(error, {...seen, status}, call.apiKey, call.now());
  }
}

/** GEMINI_RPM as a positive rate; anything else is a setting the user must fix. */
function checkedRpm(rpm: number): number {
  if (!(rpm > 0)) {
    throw new UserError(`GEMINI_RPM must be above 0 (got ${rpm}).`, {
      hint: 'set GEMINI_RPM to e.g. 10',
    });
  }
  return rpm;
}

/** Creates a rate-limited, retrying Gemini rewrite client. */
export function createRewriter(options: RewriterOptions): Rewriter {
  const apiKey = options.apiKey?.trim() ?? '';
  const {ai, provider} = createGenAi({
    apiKey,
    vertex: options.vertex,
    baseUrl: options.baseUrl,
    timeoutMs: options.timeoutMs ?? 60_000,
  });
  const rpm = checkedRpm(options.rpm ?? 10);
  const model = options.model ?? DEFAULT_GEMINI_MODEL;
  const maxRetries = Math.max(0, options.maxRetries ?? 4);
  const timing = {now: options.now ?? Date.now, sleep: options.sleep ?? realTiming.sleep};
  const random = options.random ?? Math.random;
  const backoff = {baseMs: options.backoffBaseMs ?? 1000, maxMs: options.backoffMaxMs ?? 60_000};
  const bucket = createTokenBucket({ratePerSecond: rpm / 60, burst: 1, timing});
  const call: GeminiCall = {ai, provider, model, apiKey, now: timing.now};

  return {
    source: provider,
    async rewrite(card) {
      let retried = 0;
      for (;;) {
        await bucket.take();
        const outcome = await callOnce(call, card);
        if ('ok' in outcome) {
          return outcome.ok ? outcome : {ok: false, error: {...outcome.error, retried}};
        }
        if (!outcome.retryable || retried >= maxRetries) {
          const {status, message} = outcome;
          return {
            ok: false,
            error: {kind: 'http', ...(status === undefined ? {} : {status}), message, retried},
          };
        }
        // Retry-After may stretch the wait, never past the longest back-off step.
        const jittered = backoffDelay(retried, backoff, random());
        await timing.sleep(Math.min(backoff.maxMs, Math.max(jittered, outcome.retryAfterMs ?? 0)));
        retried += 1;
      }
    },
  };
}
