import {createServer, type IncomingHttpHeaders, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';

/** Options shared by every scripted reply. */
interface ReplyBase {
  /** Wait this long before answering (to exercise timeouts). */
  readonly delayMs?: number;
  /** Extra response headers, e.g. {'retry-after': '2'}. */
  readonly headers?: Record<string, string>;
}

/** One scripted answer; served in order, one per request. */
export type GeminiReply =
  | (ReplyBase & {
      readonly type: 'text';
      readonly text: string;
      readonly finishReason?: string;
      readonly usage?: {readonly prompt: number; readonly output: number};
    })
  | (ReplyBase & {
      readonly type: 'error';
      readonly status: number;
      readonly message?: string;
      /** Google's status word; defaults from the HTTP status (429 → RESOURCE_EXHAUSTED). */
      readonly statusText?: string;
      readonly details?: readonly unknown[];
    })
  | (ReplyBase & {readonly type: 'json'; readonly body: unknown; readonly status?: number})
  | (ReplyBase & {
      readonly type: 'raw';
      readonly body: string;
      readonly status?: number;
      readonly contentType?: string;
    });

/** One request the fake received. */
export interface GeminiRequest {
  readonly method: string;
  readonly path: string;
  /** The model from the path, e.g. "gemini-2.5-flash". */
  readonly model: string | undefined;
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: string;
  /** Parsed JSON body (contents, systemInstruction, generationConfig). */
  readonly body: unknown;
}

/** A running fake Gemini API. */
export interface GeminiServer {
  /** Base URL to pass as `baseUrl` (the SDK appends `/v1beta/models/…`). */
  readonly url: string;
  readonly log: GeminiRequest[];
  /** Queues replies for the next requests. */
  script(...replies: GeminiReply[]): void;
  /** Replies still queued. */
  pending(): number;
  close(): Promise<void>;
}

/** Options for {@link startGeminiServer}. */
export interface GeminiServerOptions {
  /** The key the fake accepts in `x-goog-api-key`; default 'test-gemini-key'. */
  readonly apiKey?: string;
}

const statusWords: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  402: 'RESOURCE_EXHAUSTED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  429: 'RESOURCE_EXHAUSTED',
  500: 'INTERNAL',
  503: 'UNAVAILABLE',
  504: 'DEADLINE_EXCEEDED',
};

const route = /^\/v1beta\/models\/([^/:]+):generateContent$/;

function sendJson(res: ServerResponse, status: number, body: unknown, headers = {}): void {
  res.writeHead(status, {'content-type': 'application/json; charset=UTF-8', ...headers});
  res.end(JSON.stringify(body));
}

function errorBody(status: number, message: string, statusText?: string, details?: unknown) {
  const error = {code: status, message, status: statusText ?? statusWords[status] ?? 'UNKNOWN'};
  return {error: details === undefined ? error : {...error, details}};
}

function serve(res: ServerResponse, reply: GeminiReply, model: string): void {
  const headers = reply.headers ?? {};
  switch (reply.type) {
    case 'text':
      sendJson(
        res,
        200,
        {
          candidates: [
            {
              content: {parts: [{text: reply.text}], role: 'model'},
              finishReason: reply.finishReason ?? 'STOP',
              index: 0,
            },
          ],
          usageMetadata: {
            promptTokenCount: reply.usage?.prompt ?? 120,
            candidatesTokenCount: reply.usage?.output ?? 40,
            totalTokenCount: (reply.usage?.prompt ?? 120) + (reply.usage?.output ?? 40),
          },
          modelVersion: model,
          responseId: 'fake-response',
        },
        headers,
      );
      return;
    case 'error':
      sendJson(
        res,
        reply.status,
        errorBody(
          reply.status,
          reply.message ?? 'Scripted error.',
          reply.statusText,
          reply.details,
        ),
        headers,
      );
      return;
    case 'json':
      sendJson(res, reply.status ?? 200, reply.body, headers);
      return;
    case 'raw':
      res.writeHead(reply.status ?? 200, {
        'content-type': reply.contentType ?? 'text/html',
        ...headers,
      });
      res.end(reply.body);
      return;
  }
}

/** Starts a fake of `POST /v1beta/models/{model}:generateContent` on 127.0.0.1, port 0. */
export async function startGeminiServer(options: GeminiServerOptions = {}): Promise<GeminiServer> {
  const apiKey = options.apiKey ?? 'test-gemini-key';
  const queue: GeminiReply[] = [];
  const log: GeminiRequest[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const rawBody = Buffer.concat(chunks).toString('utf8');
      let body: unknown;
      try {
        body = rawBody === '' ? undefined : JSON.parse(rawBody);
      } catch {
        body = undefined;
      }
      const path = (req.url ?? '').split('?')[0] ?? '';
      const model = route.exec(path)?.[1];
      log.push({method: req.method ?? '', path, model, headers: req.headers, rawBody, body});
      if (req.method !== 'POST' || model === undefined) {
        sendJson(res, 404, errorBody(404, `Path ${path} not found.`));
        return;
      }
      if (req.headers['x-goog-api-key'] !== apiKey) {
        const details = [
          {'@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID'},
        ];
        sendJson(
          res,
          400,
          errorBody(400, 'API key not valid. Please pass a valid API key.', undefined, details),
        );
        return;
      }
      if (body === undefined) {
        sendJson(res, 400, errorBody(400, 'Invalid JSON payload received.'));
        return;
      }
      const reply: GeminiReply = queue.shift() ?? {
        type: 'error',
        status: 500,
        message: 'Fake Gemini: no scripted reply left.',
      };
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (!res.destroyed) serve(res, reply, model);
      }, reply.delayMs ?? 0);
      timers.add(timer);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    log,
    script: (...replies) => {
      queue.push(...replies);
    },
    pending: () => queue.length,
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
