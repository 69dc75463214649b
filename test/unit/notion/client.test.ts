import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {UserError} from '../../../source/errors.js';
import {NotionClient, type NotionClientOptions} from '../../../source/notion/client.js';
import {NotionApiError} from '../../../source/notion/notion-errors.js';
import {FakeNotionServer} from '../../fakes/notion-server.js';
import {type RecordingTiming, recordingTiming} from '../../fakes/notion-test-timing.js';
import {type GeneratedWorkspace, generateWorkspace} from '../../fakes/notion-workspace.js';

let server: FakeNotionServer;
let workspace: GeneratedWorkspace;
let timing: RecordingTiming;

function client(options: Partial<NotionClientOptions> = {}): NotionClient {
  return new NotionClient({
    token: server.token,
    baseUrl: server.url,
    rateLimit: 0,
    timing,
    random: () => 0.5,
    ...options,
  });
}

async function failure(promise: Promise<unknown>): Promise<NotionApiError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(NotionApiError);
  return error as NotionApiError;
}

beforeEach(async () => {
  workspace = generateWorkspace({seed: 7, flashcards: 250});
  server = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
  timing = recordingTiming(workspace.now);
});

afterEach(async () => {
  await server.close();
});

describe('resolveDataSource', () => {
  it('accepts a raw id, a dashed id and a notion.so URL', async () => {
    const cards = workspace.entity.flashcards;
    const compact = cards.id.replace(/-/g, '');
    const notion = client();
    for (const input of [
      compact,
      cards.id,
      `https://www.notion.so/team/All-Atom-Master-${compact}?v=0123`,
    ]) {
      const resolved = await notion.resolveDataSource(input);
      expect(resolved).toMatchObject({
        databaseId: cards.id,
        dataSourceId: cards.dataSource.id,
        title: 'All-Atom Master',
      });
    }
    expect(server.requests.every((r) => r.notionVersion === '2025-09-03' && r.authorized)).toBe(
      true,
    );
  });

  it('accepts a data source id pasted in place of the database id', async () => {
    const cards = workspace.entity.flashcards;
    const resolved = await client().resolveDataSource(cards.dataSource.id);
    expect(resolved.dataSourceId).toBe(cards.dataSource.id);
    expect(resolved.databaseId).toBe(cards.id);
  });

  it('explains an unshared or wrong database and names the setting', async () => {
    const notion = client();
    const error = await failure(
      notion.resolveDataSource('00000000000000000000000000000000', {
        setting: 'NOTION_FLASHCARDS_DB',
      }),
    );
    expect(error.status).toBe(404);
    expect(error.hint).toContain('share the database with the integration');
    expect(error.hint).toContain('NOTION_FLASHCARDS_DB');
    expect(notion.stats.retries).toBe(0);
  });

  it('rejects text that holds no id', async () => {
    await expect(
      client().resolveDataSource('my flashcards', {setting: 'NOTION_CONCEPTS_DB'}),
    ).rejects.toThrow(UserError);
    expect(server.requests).toHaveLength(0);
  });

  it('reports a bad token once, without retrying and without the token', async () => {
    const token = 'secret_wrong_token_value_1234';
    const notion = client({token});
    const error = await failure(notion.resolveDataSource(workspace.entity.flashcards.id));
    expect(error.status).toBe(401);
    expect(error.hint).toContain('NOTION_TOKEN');
    expect(`${error.message} ${error.hint}`).not.toContain(token);
    expect(server.requests).toHaveLength(1);
  });

  it('keeps the token out of messages even when the server echoes it', async () => {
    const notion = client();
    server.faults.inject(1, {status: 400, message: `bad header Bearer ${server.token}`});
    const error = await failure(notion.resolveDataSource(workspace.entity.tracks.id));
    expect(error.message).toContain('bad header Bearer [redacted]');
    expect(error.message).not.toContain(server.token);
  });

  it('refuses to start without a token', () => {
    expect(() => client({token: ''})).toThrow(/token/);
  });
});

describe('queryDataSource', () => {
  it('pages through results with has_more and next_cursor', async () => {
    const notion = client();
    const id = workspace.entity.flashcards.dataSource.id;
    const first = await notion.queryDataSource(id, {pageSize: 100});
    expect(first.results).toHaveLength(100);
    expect(first.has_more).toBe(true);
    const second = await notion.queryDataSource(id, {startCursor: first.next_cursor ?? ''});
    const third = await notion.queryDataSource(id, {startCursor: second.next_cursor ?? ''});
    expect(third).toMatchObject({
      has_more: false,
      next_cursor: null,
      request_status: {type: 'complete'},
    });
    const ids = new Set([...first.results, ...second.results, ...third.results].map((p) => p.id));
    expect(ids.size).toBe(250);
  });

  it('sends the server-side last_edited_time filter', async () => {
    const notion = client();
    const id = workspace.entity.flashcards.dataSource.id;
    server.advanceClock(3_600_000);
    const edited = workspace.entity.flashcards.dataSource.pages.slice(0, 3).map((p) => p.id);
    for (const pageId of edited) server.editPage(pageId, {});
    const since = new Date(server.now - 120_000).toISOString();
    const page = await notion.queryDataSource(id, {
      filter: {timestamp: 'last_edited_time', last_edited_time: {on_or_after: since}},
    });
    expect(page.results.map((p) => p.id).sort()).toEqual([...edited].sort());
    expect(server.requests.at(-1)?.body).toMatchObject({filter: {timestamp: 'last_edited_time'}});
  });
});

describe('retries', () => {
  const dataSource = () => workspace.entity.programs.dataSource.id;

  it('honours Retry-After on 429 and counts it', async () => {
    const notion = client();
    server.faults.inject(1, {status: 429, retryAfter: 7});
    const page = await notion.queryDataSource(dataSource());
    expect(page.results.length).toBeGreaterThan(0);
    expect(timing.slept).toEqual([7000]);
    expect(notion.stats).toMatchObject({requests: 2, retries: 1, rateLimited: 1, backoffMs: 7000});
  });

  it('backs off exponentially on 429 without Retry-After and on 529', async () => {
    const notion = client({baseDelayMs: 1000});
    server.faults.inject(1, {status: 429, retryAfter: null});
    server.faults.inject(1, {status: 529});
    await notion.queryDataSource(dataSource());
    expect(timing.slept).toEqual([750, 1500]);
    expect(server.requests.map((r) => r.status)).toEqual([429, 529, 200]);
  });

  it('fails a rate limit that asks for a longer wait than allowed', async () => {
    const notion = client({maxRetryAfterMs: 60_000});
    server.faults.inject(1, {status: 429, retryAfter: 600});
    const error = await failure(notion.queryDataSource(dataSource()));
    expect(error.hint).toContain('NOTION_RATE_LIMIT');
    expect(timing.slept).toEqual([]);
  });

  it('retries 5xx with growing back-off, then gives up with a clear error', async () => {
    const notion = client({maxRetries: 2, baseDelayMs: 1000});
    server.faults.inject(3, {status: 500});
    const error = await failure(notion.queryDataSource(dataSource()));
    expect(error.status).toBe(500);
    expect(error.message).toContain('after 3 attempts');
    expect(timing.slept).toEqual([750, 1500]);
    expect(server.requests).toHaveLength(3);
  });

  it('recovers from 503, resets, malformed bodies and timeouts', async () => {
    const notion = client({timeoutMs: 200});
    server.faults.inject(1, {status: 503});
    server.faults.inject(1, {reset: true});
    server.faults.inject(1, {malformed: true});
    server.faults.inject(1, {delayMs: 600});
    const page = await notion.queryDataSource(dataSource());
    expect(page.results.length).toBeGreaterThan(0);
    expect(notion.stats.retries).toBe(4);
    expect(server.faults.pending).toBe(0);
  });

  it('does not retry 400 and 404', async () => {
    const notion = client();
    const pageId = workspace.entity.flashcards.dataSource.pages[0]?.id ?? '';
    const error = await failure(notion.updatePageProperties(pageId, {Nope: {rich_text: []}}));
    expect(error.status).toBe(400);
    expect(error.message).toContain('Nope is not a property that exists');
    server.faults.inject(1, {status: 404});
    await failure(notion.queryDataSource(dataSource()));
    expect(notion.stats.retries).toBe(0);
  });

  it('waits for the rate limiter between requests', async () => {
    const notion = client({rateLimit: 3});
    for (let i = 0; i < 6; i++) await notion.queryDataSource(dataSource());
    expect(notion.stats.throttledMs).toBeGreaterThanOrEqual(999);
    expect(notion.stats.throttledMs).toBeLessThanOrEqual(1002);
  });
});

describe('pages', () => {
  it('reads every relation id past the 25 shown on the page', async () => {
    server.propertyPageSize = 10;
    const notion = client();
    const concept = server.page(workspace.bigConceptId);
    const all = ((concept.properties.Flashcards?.relation ?? []) as {id: string}[]).map(
      (r) => r.id,
    );
    expect(all.length).toBeGreaterThan(25);
    const propertyId = workspace.entity.concepts.dataSource.schema.Flashcards?.id ?? '';
    const ids = await notion.retrieveRelationIds(concept.id, propertyId);
    expect(ids).toEqual(all);
    expect(server.requestsTo('/properties/')).toHaveLength(Math.ceil(all.length / 10));
  });

  it('updates properties and bumps last_edited_time', async () => {
    const notion = client();
    const page = workspace.entity.flashcards.dataSource.pages[0];
    if (!page) throw new Error('no page');
    server.advanceClock(10 * 60_000);
    await notion.updatePageProperties(page.id, {
      Answer: {rich_text: [{text: {content: 'Rewritten ✓'}}]},
    });
    expect(server.page(page.id).properties.Answer).toMatchObject({
      rich_text: [{plain_text: 'Rewritten ✓'}],
    });
    expect(server.page(page.id).lastEditedTime).toBe(server.now);
  });
});
