import {once} from 'node:events';
import http from 'node:http';
import type {AddressInfo} from 'node:net';
import {type FakeBlock, FakeBlockStore} from './notion-blocks.js';
import {errorAnswer, FaultQueue, type FaultSpec, type HttpAnswer} from './notion-faults.js';
import {type FakeDatabase, type FakePage, normalizeId} from './notion-model.js';
import {FakeValidationError} from './notion-query.js';
import {routeRequest} from './notion-routes.js';
import {applyUpdate} from './notion-updates.js';
import type {StoredValue} from './notion-values.js';

/** Options for {@link FakeNotionServer.start}. */
export interface FakeNotionOptions {
  /** The integration token requests must carry (default `secret_fake_notion_token`). */
  token?: string;
  databases?: FakeDatabase[];
  /** The fake clock's start (epoch ms). */
  now?: number;
  /** Rows one query may return before it ends as incomplete (Notion: 10,000). */
  resultCap?: number;
  /** Most items one property-item page returns (Notion: 100). */
  propertyPageSize?: number;
}

/** One request as the server saw it. */
export interface LoggedRequest {
  method: string;
  path: string;
  query: Record<string, string>;
  body: unknown;
  notionVersion: string | null;
  authorized: boolean;
  /** 0 when the connection was reset. */
  status: number;
  fault: FaultSpec | null;
  /** Fake-clock time. */
  at: number;
}

/** The user id the fake integration edits pages as. */
export const botUserId = '00000000-0000-4000-8000-00000000b07e';

/** A Notion API (version 2025-09-03) on 127.0.0.1 backed by in-memory databases. */
export class FakeNotionServer {
  readonly token: string;
  readonly faults = new FaultQueue();
  readonly requests: LoggedRequest[] = [];
  /** Page bodies (see {@link setPageBody}). */
  readonly blocks = new FakeBlockStore();
  resultCap: number;
  propertyPageSize: number;
  /** The fake clock (epoch ms): stamps edits; advance it with {@link advanceClock}. */
  now: number;
  url = '';
  readonly databases = new Map<string, FakeDatabase>();
  readonly #dataSources = new Map<string, FakeDatabase>();
  readonly #pages = new Map<string, {page: FakePage; database: FakeDatabase}>();
  readonly #server: http.Server;

  private constructor(options: FakeNotionOptions) {
    this.token = options.token ?? 'secret_fake_notion_token';
    this.resultCap = options.resultCap ?? 10_000;
    this.propertyPageSize = options.propertyPageSize ?? 100;
    this.now = options.now ?? Date.parse('2025-06-01T12:00:00.000Z');
    for (const database of options.databases ?? []) this.addDatabase(database);
    this.#server = http.createServer((req, res) => {
      this.#handle(req, res).catch(() => res.destroy());
    });
  }

  /** Starts a server on a free port; `url` is its base URL (use as NOTION_BASE_URL). */
  static async start(options: FakeNotionOptions = {}): Promise<FakeNotionServer> {
    const server = new FakeNotionServer(options);
    server.#server.listen(0, '127.0.0.1');
    await once(server.#server, 'listening');
    const {port} = server.#server.address() as AddressInfo;
    server.url = `http://127.0.0.1:${port}`;
    return server;
  }

  /** Stops the server and drops open keep-alive connections. */
  async close(): Promise<void> {
    this.#server.closeAllConnections();
    await new Promise<void>((resolve) => this.#server.close(() => resolve()));
  }

  /** Adds a database (and its data source and pages). */
  addDatabase(database: FakeDatabase): void {
    this.databases.set(normalizeId(database.id), database);
    this.#dataSources.set(normalizeId(database.dataSource.id), database);
    for (const page of database.dataSource.pages)
      this.#pages.set(normalizeId(page.id), {page, database});
  }

  /** The database holding a data source, by data source id. */
  dataSource(id: string): FakeDatabase | undefined {
    return this.#dataSources.get(normalizeId(id));
  }

  /** A stored page and its database, by id. */
  lookupPage(id: string): {page: FakePage; database: FakeDatabase} | undefined {
    return this.#pages.get(normalizeId(id));
  }

  /** A stored page by id; throws when unknown (a test bug). */
  page(id: string): FakePage {
    const found = this.lookupPage(id);
    if (!found) throw new Error(`fake Notion: no page ${id}`);
    return found.page;
  }

  /** Moves the fake clock forward. */
  advanceClock(ms: number): void {
    this.now += ms;
  }

  /** Creates a page in a data source (or database) at the current clock time. */
  addPage(containerId: string, properties: Record<string, StoredValue>, id?: string): FakePage {
    const database = this.dataSource(containerId) ?? this.databases.get(normalizeId(containerId));
    if (!database) throw new Error(`fake Notion: no data source ${containerId}`);
    const page: FakePage = {
      id: id ?? fakeUuid(this.#pages.size + 1, this.now),
      createdTime: this.now,
      lastEditedTime: this.now,
      inTrash: false,
      createdBy: botUserId,
      lastEditedBy: botUserId,
      properties,
    };
    database.dataSource.pages.push(page);
    this.#pages.set(normalizeId(page.id), {page, database});
    return page;
  }

  /** Edits stored property values (as a person in Notion would) and bumps last_edited_time. */
  editPage(id: string, properties: Record<string, StoredValue>): FakePage {
    const page = this.page(id);
    Object.assign(page.properties, properties);
    page.lastEditedTime = this.now;
    return page;
  }

  /** Applies a PATCH-style property update (request shapes) as the integration. */
  updateFromRequest(page: FakePage, database: FakeDatabase, body: Record<string, unknown>): void {
    const {schema} = database.dataSource;
    for (const [key, value] of Object.entries(body)) {
      const name = Object.hasOwn(schema, key)
        ? key
        : Object.keys(schema).find((n) => decodeId(schema[n]?.id) === decodeId(key));
      const column = name === undefined ? undefined : schema[name];
      if (name === undefined || column === undefined) {
        throw new FakeValidationError(`${key} is not a property that exists.`);
      }
      page.properties[name] = applyUpdate(column, value, name);
    }
    page.lastEditedTime = this.now;
    page.lastEditedBy = botUserId;
  }

  /** Replaces a page's body (as a person editing it in Notion) and bumps last_edited_time. */
  setPageBody(id: string, blocks: FakeBlock[]): FakePage {
    const page = this.page(id);
    this.blocks.stamp = this.now;
    this.blocks.setBody(page.id, blocks);
    page.lastEditedTime = this.now;
    return page;
  }

  /** Moves a page to the trash (queries stop returning it). */
  trashPage(id: string): void {
    const page = this.page(id);
    page.inTrash = true;
    page.lastEditedTime = this.now;
  }

  /** Restores a trashed page. */
  restorePage(id: string): void {
    const page = this.page(id);
    page.inTrash = false;
    page.lastEditedTime = this.now;
  }

  /** Logged requests whose path contains `part`. */
  requestsTo(part: string, method?: string): LoggedRequest[] {
    return this.requests.filter((r) => r.path.includes(part) && (!method || r.method === method));
  }

  async #handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(req.url ?? '/', 'http://fake');
    const method = req.method ?? 'GET';
    const version = req.headers['notion-version'];
    const entry: LoggedRequest = {
      method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      body: parseBody(text),
      notionVersion: typeof version === 'string' ? version : null,
      authorized: req.headers.authorization === `Bearer ${this.token}`,
      status: 0,
      fault: this.faults.take(method, url.pathname),
      at: this.now,
    };
    this.requests.push(entry);
    const fault = entry.fault;
    if (fault?.delayMs) await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault?.reset) {
      req.socket.destroy();
      return;
    }
    if (fault?.malformed) {
      entry.status = 200;
      send(res, {status: 200, raw: '{"object":"list","results":[{"object":"pa'});
      return;
    }
    const answer = fault?.status ? faultAnswer(fault) : this.#answer(entry, text, url);
    entry.status = answer.status;
    send(res, answer);
  }

  #answer(entry: LoggedRequest, text: string, url: URL): HttpAnswer {
    if (!entry.authorized) return errorAnswer(401);
    if (entry.notionVersion === null) {
      return errorAnswer(
        400,
        'missing_version',
        'Notion-Version header failed validation: Notion-Version header should be defined, instead was `undefined`.',
      );
    }
    if (text !== '' && entry.body === undefined) {
      return errorAnswer(400, 'invalid_json', 'Error parsing JSON body.');
    }
    try {
      return routeRequest(this, entry.method, url, entry.body ?? {});
    } catch (error) {
      if (error instanceof FakeValidationError)
        return errorAnswer(400, 'validation_error', error.message);
      throw error;
    }
  }
}

function decodeId(id: string | undefined): string | undefined {
  if (id === undefined) return undefined;
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

function parseBody(text: string): unknown {
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A deterministic UUID-shaped id. */
export function fakeUuid(n: number, salt: number): string {
  const hex = (
    n.toString(16).padStart(12, '0') + (salt % 0xffffffff).toString(16).padStart(8, '0')
  ).slice(-20);
  return `fa4e0000-0000-4000-8${hex.slice(0, 3)}-${hex.slice(3, 15)}`;
}

function faultAnswer(fault: FaultSpec): HttpAnswer {
  const status = fault.status ?? 500;
  const answer = errorAnswer(status, fault.code, fault.message);
  const retryAfter = fault.retryAfter === undefined && status === 429 ? 1 : fault.retryAfter;
  if (retryAfter === undefined || retryAfter === null) return answer;
  return {...answer, headers: {'retry-after': String(retryAfter)}};
}

function send(res: http.ServerResponse, answer: HttpAnswer): void {
  const payload = answer.raw ?? JSON.stringify(answer.body);
  res.writeHead(answer.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-request-id': 'fake-request',
    ...answer.headers,
  });
  res.end(payload);
}
