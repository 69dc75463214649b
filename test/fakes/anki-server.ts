import {createServer, type IncomingMessage, type Server, type ServerResponse} from 'node:http';
import type {AddressInfo} from 'node:net';
import {AnkiFakeError} from './anki-actions.js';
import {FakeCollection} from './anki-collection.js';
import {setDueDate} from './anki-study.js';
import type {FakeTiming} from './anki-timing.js';

/** Options for {@link startFakeAnki}. */
export interface FakeAnkiOptions {
  /** When set, every request (and every `multi` sub-action) must carry this key. */
  key?: string;
  /** Clock for note/card mod times and the collection's creation day; default Date.now. */
  now?: () => number;
  /** Delay before each request is handled, so overlapping requests would be visible. */
  delayMs?: number;
  /** The time zone and rollover hour of the machine Anki runs on; default UTC, 04:00. */
  timing?: FakeTiming;
}

/** One request as received. */
export interface FakeAnkiRequest {
  action: string;
  params: Record<string, unknown>;
  /** The whole parsed body (to assert the envelope). */
  body: Record<string, unknown>;
}

/** A running fake AnkiConnect and its controls. */
export interface FakeAnki {
  url: string;
  collection: FakeCollection;
  /** Every top-level request, in arrival order. */
  requests: FakeAnkiRequest[];
  /** Requests made for one action (top level only). */
  requestsFor(action: string): FakeAnkiRequest[];
  /** The most requests that were ever being handled at the same moment. */
  maxInFlight(): number;
  /** Per-request delay, changeable mid-test. */
  delayMs: number;
  /** The next `count` requests fail with `message` (default: collection is not available). */
  failNext(count: number, message?: string): void;
  /**
   * Once `count` requests of `action` have been answered, every later request fails (Anki going
   * away mid-run, at a known point instead of after a sleep); `failNext(0)` ends it.
   */
  failAfter(action: string, count: number, message?: string): void;
  /** An added note whose first field equals `firstField` fails with `message`. */
  failNote(firstField: string, message: string): void;
  /** Appends revlog rows and updates the card like Anki would after these answers. */
  simulateReviews(cardId: number, reviews: ReadonlyArray<{rating: 1 | 2 | 3 | 4; at: Date}>): void;
  /** Anki's "Set due date" on one card: due in `days` days from `at`'s Anki day. */
  setDueDate(cardId: number, days: number, at: Date): void;
  /** Stops listening (AnkiConnect down); safe to call twice. */
  stop(): Promise<void>;
}

type Body = Record<string, unknown>;

function reply(res: ServerResponse, payload: unknown): void {
  res.writeHead(200, {'content-type': 'application/json', 'access-control-allow-origin': '*'});
  res.end(JSON.stringify(payload));
}

async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const part of req) chunks.push(part as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Starts a stateful fake AnkiConnect on 127.0.0.1 (random port). */
export async function startFakeAnki(options: FakeAnkiOptions = {}): Promise<FakeAnki> {
  const collection = new FakeCollection(options.now ?? Date.now, options.timing);
  const requests: FakeAnkiRequest[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  let failures: {count: number; message: string} = {count: 0, message: ''};
  let outage: {action: string; remaining: number; message: string} | undefined;

  // Mirrors the add-on's handler(): key check, version-dependent reply shape, error capture.
  function handle(body: Body): unknown {
    const version = typeof body.version === 'number' ? body.version : 4;
    const action = String(body.action ?? '');
    const params = (body.params ?? {}) as Body;
    try {
      if (options.key !== undefined && body.key !== options.key) {
        throw new AnkiFakeError('valid api key must be provided');
      }
      if (version > 6) throw new AnkiFakeError('unsupported version');
      const result =
        action === 'multi'
          ? ((params.actions ?? []) as Body[]).map((sub) => handle(sub))
          : collection.run(action, params);
      return version <= 4 ? result : {result, error: null};
    } catch (error) {
      if (!(error instanceof AnkiFakeError)) throw error;
      return {result: null, error: error.message};
    }
  }

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    inFlight += 1;
    maxInFlight = Math.max(maxInFlight, inFlight);
    res.on('close', () => {
      inFlight -= 1;
    });
    const text = await readBody(req);
    if (fake.delayMs > 0) await new Promise((resolve) => setTimeout(resolve, fake.delayMs));
    let body: Body;
    try {
      body = JSON.parse(text) as Body;
    } catch {
      reply(res, {result: null, error: 'request is of wrong type'});
      return;
    }
    const action = String(body.action ?? '');
    requests.push({action, params: (body.params ?? {}) as Body, body});
    if (failures.count > 0) {
      failures.count -= 1;
      reply(res, {result: null, error: failures.message});
      return;
    }
    reply(res, handle(body));
    if (outage?.action === action && --outage.remaining === 0) {
      failures = {count: Number.MAX_SAFE_INTEGER, message: outage.message};
      outage = undefined;
    }
  }

  const server: Server = createServer((req, res) => {
    onRequest(req, res).catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const {port} = server.address() as AddressInfo;
  let stopped = false;

  const fake: FakeAnki = {
    url: `http://127.0.0.1:${port}`,
    collection,
    requests,
    requestsFor: (action) => requests.filter((r) => r.action === action),
    maxInFlight: () => maxInFlight,
    delayMs: options.delayMs ?? 0,
    failNext(count, message = 'collection is not available') {
      failures = {count, message};
      outage = undefined;
    },
    failAfter(action, count, message = 'collection is not available') {
      outage = {action, remaining: count, message};
    },
    failNote(firstField, message) {
      collection.failingNotes.set(firstField, message);
    },
    simulateReviews: (cardId, reviews) => collection.simulateReviews(cardId, reviews),
    setDueDate: (cardId, days, at) => setDueDate(collection, cardId, days, at),
    async stop() {
      if (stopped) return;
      stopped = true;
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
  return fake;
}
