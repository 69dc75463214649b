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
  /** Which API the path belongs to (undefined: none, or the token endpoint). */
  readonly api?: 'gemini' | 'vertex' | 'vertex-express' | undefined;
  /** Vertex AI: the project and location from the path. */
  readonly project?: string | undefined;
  readonly location?: string | undefined;
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
  /** The access token its token endpoint issues and Vertex AI routes accept. */
  readonly accessToken?: string;
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
// Vertex AI as @google/genai addresses it (API version v1beta1): with a project
// (projects/{p}/locations/{l}/publishers/google/models/{m}, OAuth bearer token) or in express
// mode (publishers/google/models/{m}, API key).
const vertexRoute =
  /^\/v1beta1\/projects\/([^/]+)\/locations\/([^/]+)\/publishers\/google\/models\/([^/:]+):generateContent$/;
const expressRoute = /^\/v1beta1\/publishers\/google\/models\/([^/:]+):generateContent$/;

interface Routed {
  api: 'gemini' | 'vertex' | 'vertex-express';
  model: string;
  project?: string;
  location?: string;
}

function routeOf(path: string): Routed | undefined {
  const gemini = route.exec(path);
  if (gemini) return {api: 'gemini', model: gemini[1]!};
  const vertex = vertexRoute.exec(path);
  if (vertex) return {api: 'vertex', project: vertex[1]!, location: vertex[2]!, model: vertex[3]!};
  const express = expressRoute.exec(path);
  return express ? {api: 'vertex-express', model: express[1]!} : undefined;
}

// An OAuth 2.0 token exchange (RFC 8693) as Google's STS answers it; google-auth-library's
// external_account credentials post here when their token_url points at the fake.
function exchangeToken(res: ServerResponse, rawBody: string, accessToken: string): void {
  const form = new URLSearchParams(rawBody);
  if (
    form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange' ||
    !form.get('subject_token')
  ) {
    sendJson(res, 400, {error: 'invalid_request', error_description: 'bad token exchange'});
    return;
  }
  sendJson(res, 200, {
    access_token: accessToken,
    issued_token_type: 'urn:ietf:params:oauth:token-type:access_token',
    token_type: 'Bearer',
    expires_in: 3600,
  });
}

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
  const accessToken = options.accessToken ?? 'ya29.fake-vertex-access-token';
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
      const routed = routeOf(path);
      const model = routed?.model;
      log.push({
        method: req.method ?? '',
        path,
        headers: req.headers,
        rawBody,
        body,
        ...routed,
        model,
      });
      if (req.method === 'POST' && path === '/v1/token') {
        exchangeToken(res, rawBody, accessToken);
        return;
      }
      // Cloud Resource Manager's projects.get, which external_account credentials call.
      const project = /^\/v1\/projects\/(\d+)$/.exec(path);
      if (req.method === 'GET' && project) {
        sendJson(res, 200, {
          projectNumber: project[1],
          projectId: 'nls-study',
          lifecycleState: 'ACTIVE',
        });
        return;
      }
      if (req.method !== 'POST' || routed === undefined || model === undefined) {
        sendJson(res, 404, errorBody(404, `Path ${path} not found.`));
        return;
      }
      if (routed.api === 'vertex' && req.headers.authorization !== `Bearer ${accessToken}`) {
        sendJson(res, 401, errorBody(401, 'Request had invalid authentication credentials.'));
        return;
      }
      if (routed.api !== 'vertex' && req.headers['x-goog-api-key'] !== apiKey) {
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
