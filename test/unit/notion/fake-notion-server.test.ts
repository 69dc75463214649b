import {afterAll, beforeAll, beforeEach, describe, expect, it} from 'vitest';
import {FakeNotionServer} from '../../fakes/notion-server.js';
import {type GeneratedWorkspace, generateWorkspace} from '../../fakes/notion-workspace.js';

interface ApiPage {
  id: string;
  created_time: string;
  last_edited_time: string;
  properties: Record<string, {relation?: unknown[]}>;
}

interface ApiBody {
  object?: string;
  code?: string;
  message?: string;
  results: ApiPage[];
  next_cursor?: string | null;
}

let server: FakeNotionServer;
let workspace: GeneratedWorkspace;

async function call(
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const response = await fetch(`${server.url}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${server.token}`,
      'notion-version': '2025-09-03',
      'content-type': 'application/json',
      ...headers,
    },
    ...(body === undefined ? {} : {body: JSON.stringify(body)}),
  });
  return {
    status: response.status,
    headers: response.headers,
    body: (await response.json()) as ApiBody,
  };
}

beforeAll(async () => {
  workspace = generateWorkspace({seed: 11, flashcards: 80});
  server = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.faults.clear();
});

describe('fake Notion server', () => {
  it('serves a database with its data sources', async () => {
    const db = workspace.entity.concepts;
    const {status, body} = await call('GET', `/v1/databases/${db.id.replace(/-/g, '')}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      object: 'database',
      id: db.id,
      data_sources: [{id: db.dataSource.id, name: 'Concepts'}],
    });
  });

  it('returns page objects in the real shape', async () => {
    const ds = workspace.entity.concepts.dataSource;
    const {body} = await call('POST', `/v1/data_sources/${ds.id}/query`, {page_size: 100});
    const big = body.results.find((p) => p.id === workspace.bigConceptId);
    expect(big).toMatchObject({
      object: 'page',
      in_trash: false,
      archived: false,
      parent: {
        type: 'data_source_id',
        data_source_id: ds.id,
        database_id: workspace.entity.concepts.id,
      },
      properties: {
        Name: {id: 'title', type: 'title'},
        Flashcards: {type: 'relation', has_more: true},
      },
    });
    expect(big?.properties.Flashcards?.relation).toHaveLength(25);
    expect(big?.created_time).toMatch(/T\d\d:\d\d:00\.000Z$/);
    expect(big?.last_edited_time).toMatch(/:00\.000Z$/);
  });

  it('answers errors with the real body and checks auth and version headers', async () => {
    const unauthorized = await call(
      'GET',
      `/v1/databases/${workspace.entity.tracks.id}`,
      undefined,
      {
        authorization: 'Bearer nope',
      },
    );
    expect(unauthorized).toMatchObject({
      status: 401,
      body: {object: 'error', status: 401, code: 'unauthorized'},
    });
    const response = await fetch(`${server.url}/v1/databases/${workspace.entity.tracks.id}`, {
      headers: {authorization: `Bearer ${server.token}`},
    });
    expect(await response.json()).toMatchObject({status: 400, code: 'missing_version'});
    const missing = await call('GET', '/v1/databases/00000000000000000000000000000000');
    expect(missing.body).toMatchObject({status: 404, code: 'object_not_found'});
  });

  it('validates page_size and cursors', async () => {
    const ds = workspace.entity.flashcards.dataSource.id;
    expect((await call('POST', `/v1/data_sources/${ds}/query`, {page_size: 101})).body.code).toBe(
      'validation_error',
    );
    expect(
      (await call('POST', `/v1/data_sources/${ds}/query`, {start_cursor: 'bogus'})).status,
    ).toBe(400);
  });

  it('filters and sorts on timestamps', async () => {
    const ds = workspace.entity.flashcards.dataSource.id;
    const pages = workspace.entity.flashcards.dataSource.pages;
    const middle = new Date(pages[40]?.createdTime ?? 0).toISOString();
    const {body} = await call('POST', `/v1/data_sources/${ds}/query`, {
      filter: {timestamp: 'created_time', created_time: {before: middle}},
      sorts: [{timestamp: 'created_time', direction: 'ascending'}],
    });
    const times = body.results.map((p) => Date.parse(p.created_time));
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(times.every((t) => t < Date.parse(middle))).toBe(true);
    expect(body.results.length).toBeGreaterThan(30);
  });

  it('injects faults with Retry-After and logs requests', async () => {
    server.faults.inject(1, {status: 429, retryAfter: 3, match: {method: 'GET'}});
    const path = `/v1/databases/${workspace.entity.modules.id}`;
    const limited = await call('GET', path);
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toBe('3');
    expect(limited.body).toMatchObject({object: 'error', code: 'rate_limited'});
    expect((await call('GET', path)).status).toBe(200);
    expect(server.requestsTo(path).map((r) => r.status)).toEqual([429, 200]);
  });

  it('rejects updates Notion would reject', async () => {
    const page = workspace.entity.flashcards.dataSource.pages[1];
    const path = `/v1/pages/${page?.id}`;
    const formula = await call('PATCH', path, {properties: {Summary: {formula: {string: 'x'}}}});
    expect(formula.body.code).toBe('validation_error');
    const long = await call('PATCH', path, {
      properties: {Answer: {rich_text: [{text: {content: 'x'.repeat(2001)}}]}},
    });
    expect(long.body.message).toContain('2000');
    await call('PATCH', path, {in_trash: true});
    const archived = await call('PATCH', path, {properties: {Answer: {rich_text: []}}});
    expect(archived.body.message).toMatch(/archived/);
    await call('PATCH', path, {in_trash: false});
    expect(server.page(page?.id ?? '').inTrash).toBe(false);
  });

  it('pages through a relation property without truncation', async () => {
    server.propertyPageSize = 20;
    const propertyId = workspace.entity.concepts.dataSource.schema.Flashcards?.id ?? '';
    const path = `/v1/pages/${workspace.bigConceptId}/properties/${propertyId}`;
    const first = await call('GET', path);
    expect(first.body).toMatchObject({object: 'list', type: 'property_item', has_more: true});
    expect(first.body.results).toHaveLength(20);
    expect(first.body.results[0]).toMatchObject({object: 'property_item', type: 'relation'});
    const second = await call('GET', `${path}?start_cursor=${first.body.next_cursor}`);
    expect(second.body.results.length).toBeGreaterThan(5);
    server.propertyPageSize = 100;
  });
});
