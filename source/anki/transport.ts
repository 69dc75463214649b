import {createSerialQueue} from '../network/serial-queue.js';
import {AnkiConnectError, protocolError, unreachableError} from './errors.js';

/** Connection settings for AnkiConnect (the config layer maps ANKI_CONNECT_URL / _KEY here). */
export interface AnkiTransportOptions {
  /** e.g. http://127.0.0.1:8765 */
  url: string;
  /** AnkiConnect's apiKey, when the add-on is configured to require one. */
  key?: string | undefined;
  /** Per-request timeout; default 60 s (large batches are slow when other add-ons hook in). */
  timeoutMs?: number | undefined;
}

/** One action inside a `multi` batch. */
export interface AnkiAction {
  action: string;
  params?: Record<string, unknown>;
}

/** The outcome of one item of a batch: one bad note must not lose the others. */
export type AnkiItemResult<T> = {ok: true; value: T} | {ok: false; error: AnkiConnectError};

/** How many HTTP requests were sent, in total and per top-level action. */
export interface AnkiRequestStats {
  total: number;
  byAction: Record<string, number>;
}

/** The serialised request channel every AnkiConnect helper goes through. */
export interface AnkiTransport {
  /** Sends one action and returns its `result`; throws AnkiConnectError on an `error`. */
  invoke<T = unknown>(action: string, params?: Record<string, unknown>): Promise<T>;
  /** Sends a `multi` batch; each sub-action gets its own result or error. */
  multi<T = unknown>(actions: readonly AnkiAction[]): Promise<AnkiItemResult<T>[]>;
  /** Requests sent so far. */
  stats(): AnkiRequestStats;
}

const DEFAULT_TIMEOUT_MS = 60_000;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a v6 envelope `{result, error}`; anything else means we are not talking to AnkiConnect. */
function unwrapEnvelope(url: string, action: string, body: unknown): unknown {
  if (!isRecord(body) || !('result' in body) || !('error' in body)) {
    throw protocolError(url, 'no {result, error} envelope');
  }
  if (body.error !== null && body.error !== undefined) {
    throw new AnkiConnectError(action, String(body.error));
  }
  return body.result;
}

/** Maps one `multi` reply item (a v6 envelope of its own) to a per-item result. */
function toItemResult<T>(action: string, item: unknown): AnkiItemResult<T> {
  if (isRecord(item) && 'error' in item && 'result' in item) {
    if (item.error !== null && item.error !== undefined) {
      return {ok: false, error: new AnkiConnectError(action, String(item.error))};
    }
    return {ok: true, value: item.result as T};
  }
  return {ok: true, value: item as T};
}

/**
 * Creates the transport. Requests are strictly serialised through the network layer's queue:
 * the add-on is single-threaded and drops connections that arrive while it is busy.
 */
export function createAnkiTransport(options: AnkiTransportOptions): AnkiTransport {
  const {url, key} = options;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const byAction: Record<string, number> = {};
  let total = 0;
  const enqueue = createSerialQueue();

  async function post(action: string, params: Record<string, unknown>): Promise<unknown> {
    total += 1;
    byAction[action] = (byAction[action] ?? 0) + 1;
    const envelope = {action, version: 6, params, ...(key ? {key} : {})};
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: {'content-type': 'application/json'},
        body: JSON.stringify(envelope),
        signal: AbortSignal.timeout(timeoutMs),
      });
    } catch (error) {
      throw unreachableError(url, error);
    }
    let text: string;
    try {
      text = await response.text();
    } catch (error) {
      throw unreachableError(url, error);
    }
    if (!response.ok) throw protocolError(url, `HTTP ${response.status}`);
    let body: unknown;
    try {
      body = JSON.parse(text);
    } catch {
      throw protocolError(url, 'the reply is not JSON');
    }
    return unwrapEnvelope(url, action, body);
  }

  return {
    invoke<T>(action: string, params: Record<string, unknown> = {}): Promise<T> {
      return enqueue(() => post(action, params)) as Promise<T>;
    },
    async multi<T>(actions: readonly AnkiAction[]): Promise<AnkiItemResult<T>[]> {
      if (actions.length === 0) return [];
      // The add-on checks the key on every sub-action too, not only on the outer request.
      const wire = actions.map((a) => ({
        action: a.action,
        version: 6,
        params: a.params ?? {},
        ...(key ? {key} : {}),
      }));
      const result = await enqueue(() => post('multi', {actions: wire}));
      if (!Array.isArray(result) || result.length !== actions.length) {
        throw protocolError(url, 'multi returned a different number of results');
      }
      return result.map((item, index) => toItemResult<T>(actions[index]?.action ?? 'multi', item));
    },
    stats: () => ({total, byAction: {...byAction}}),
  };
}
