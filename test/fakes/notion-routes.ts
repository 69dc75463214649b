import {errorAnswer, type HttpAnswer} from './notion-faults.js';
import {
  decodePropertyId,
  type FakeDatabase,
  type FakePage,
  normalizeId,
  renderPage,
  renderValue,
} from './notion-model.js';
import {compileFilter, FakeValidationError, paginate, sortPages} from './notion-query.js';
import type {FakeNotionServer} from './notion-server.js';
import {richTextItems} from './notion-values.js';

const listTypes = new Set(['title', 'rich_text', 'relation', 'people']);

const notFound = (kind: string, id: string): HttpAnswer =>
  errorAnswer(
    404,
    'object_not_found',
    `Could not find ${kind} with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
  );

function databaseObject(database: FakeDatabase): Record<string, unknown> {
  return {
    object: 'database',
    id: database.id,
    title: richTextItems(database.title),
    description: [],
    parent: {type: 'workspace', workspace: true},
    is_inline: false,
    in_trash: false,
    archived: false,
    is_locked: false,
    created_time: '2025-01-01T00:00:00.000Z',
    last_edited_time: '2025-01-01T00:00:00.000Z',
    data_sources: [{id: database.dataSource.id, name: database.dataSource.name}],
    icon: null,
    cover: null,
    url: `https://www.notion.so/${database.id.replace(/-/g, '')}`,
    public_url: null,
    request_id: 'fake-request',
  };
}

function dataSourceObject(database: FakeDatabase): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, column] of Object.entries(database.dataSource.schema)) {
    properties[name] = {
      id: column.id,
      name,
      type: column.type,
      description: null,
      [column.type]: {},
    };
  }
  return {
    object: 'data_source',
    id: database.dataSource.id,
    title: richTextItems(database.dataSource.name),
    description: [],
    parent: {type: 'database_id', database_id: database.id},
    database_parent: {type: 'workspace', workspace: true},
    properties,
    is_inline: false,
    in_trash: false,
    archived: false,
    created_time: '2025-01-01T00:00:00.000Z',
    last_edited_time: '2025-01-01T00:00:00.000Z',
    icon: null,
    cover: null,
    url: `https://www.notion.so/${database.dataSource.id.replace(/-/g, '')}`,
    public_url: null,
  };
}

function pageSizeOf(raw: unknown, max: number): number {
  if (raw === undefined) return Math.min(100, max);
  const size = Number(raw);
  if (!Number.isInteger(size) || size < 1 || size > 100) {
    throw new FakeValidationError(
      `body failed validation: page_size should be ≤ \`100\`, instead was \`${String(raw)}\`.`,
    );
  }
  return Math.min(size, max);
}

// `?filter_properties=id&filter_properties=id` (query string, not body: notion-sdk-js lists it in
// queryDataSource.queryParams) limits each page's properties to those ids
// (https://developers.notion.com/reference/query-a-data-source). Ids arrive %-decoded. The docs
// do not say what an unknown id does; the fake ignores it, and nls does not depend on either
// (a query Notion refuses with its filter is asked again without it).
function propertyFilter(url: URL): Set<string> | undefined {
  const ids = url.searchParams.getAll('filter_properties');
  return ids.length === 0 ? undefined : new Set(ids.map(decodePropertyId));
}

function query(
  server: FakeNotionServer,
  database: FakeDatabase,
  body: Record<string, unknown>,
  url: URL,
): HttpAnswer {
  const predicate = compileFilter(body.filter);
  const live = database.dataSource.pages.filter((page) => !page.inTrash && predicate(page));
  const ordered = sortPages(live, body.sorts);
  const cursor = typeof body.start_cursor === 'string' ? body.start_cursor : undefined;
  const slice = paginate(ordered, cursor, pageSizeOf(body.page_size, 100), server.resultCap);
  const only = propertyFilter(url);
  return {
    status: 200,
    body: {
      object: 'list',
      results: slice.pages.map((page) => renderPage(page, database, only)),
      next_cursor: slice.nextCursor,
      has_more: slice.hasMore,
      type: 'page_or_data_source',
      page_or_data_source: {},
      ...(slice.incomplete
        ? {request_status: {type: 'incomplete', incomplete_reason: 'query_result_limit_reached'}}
        : {}),
      request_id: 'fake-request',
    },
  };
}

function listItems(type: string, value: Record<string, unknown>): unknown[] {
  const payload = value[type];
  return Array.isArray(payload) ? payload : [];
}

function propertyItems(
  server: FakeNotionServer,
  page: FakePage,
  database: FakeDatabase,
  propertyId: string,
  url: URL,
): HttpAnswer {
  const entry = Object.entries(database.dataSource.schema).find(
    ([, column]) => decodePropertyId(column.id) === decodePropertyId(propertyId),
  );
  if (!entry) return notFound('property', propertyId);
  const [name, column] = entry;
  const full = {...(page.properties[name] ?? {}), type: column.type};
  const value = renderValue(column, full, {...page});
  if (!listTypes.has(column.type)) {
    return {status: 200, body: {...value, object: 'property_item', id: column.id}};
  }
  // Render from the stored value: the page object truncates, this endpoint must not.
  const all = listItems(column.type, full);
  const size = pageSizeOf(url.searchParams.get('page_size') ?? undefined, server.propertyPageSize);
  const cursor = url.searchParams.get('start_cursor');
  const start = cursor === null ? 0 : Number.parseInt(cursor, 36);
  if (!Number.isInteger(start) || start < 0 || start > all.length) {
    throw new FakeValidationError(`start_cursor provided is invalid: ${cursor}`);
  }
  const end = Math.min(all.length, start + size);
  const next = end < all.length ? end.toString(36) : null;
  return {
    status: 200,
    body: {
      object: 'list',
      results: all.slice(start, end).map((item) => ({
        object: 'property_item',
        id: column.id,
        type: column.type,
        [column.type]: item,
      })),
      next_cursor: next,
      has_more: next !== null,
      type: 'property_item',
      property_item: {
        id: column.id,
        next_url: next === null ? null : `${server.url}${url.pathname}?start_cursor=${next}`,
        type: column.type,
        [column.type]: {},
      },
      request_id: 'fake-request',
    },
  };
}

function updatePage(
  server: FakeNotionServer,
  page: FakePage,
  database: FakeDatabase,
  body: Record<string, unknown>,
): HttpAnswer {
  const trash = typeof body.in_trash === 'boolean' ? body.in_trash : body.archived;
  if (page.inTrash && trash !== false) {
    throw new FakeValidationError(
      "Can't edit block that is archived. You must unarchive the block before editing.",
    );
  }
  if (typeof trash === 'boolean') {
    page.inTrash = trash;
    page.lastEditedTime = server.now;
  }
  const properties = body.properties;
  if (properties !== undefined) {
    if (typeof properties !== 'object' || properties === null) {
      throw new FakeValidationError('body.properties should be an object');
    }
    server.updateFromRequest(page, database, properties as Record<string, unknown>);
  }
  return {status: 200, body: {...renderPage(page, database), request_id: 'fake-request'}};
}

/** Answers one authenticated request against the server's data. */
export function routeRequest(
  server: FakeNotionServer,
  method: string,
  url: URL,
  body: unknown,
): HttpAnswer {
  const parts = url.pathname.split('/').filter((p) => p !== '');
  const [v1, kind, rawId, sub, propertyId] = parts;
  const requestBody = (typeof body === 'object' && body !== null ? body : {}) as Record<
    string,
    unknown
  >;
  if (v1 !== 'v1' || rawId === undefined)
    return errorAnswer(400, 'invalid_request_url', 'Invalid request URL.');
  const id = normalizeId(rawId);
  if (kind === 'databases' && method === 'GET' && sub === undefined) {
    const database = server.databases.get(id);
    return database ? {status: 200, body: databaseObject(database)} : notFound('database', id);
  }
  if (kind === 'data_sources') {
    const database = server.dataSource(id);
    if (!database) return notFound('data_source', id);
    if (method === 'GET' && sub === undefined)
      return {status: 200, body: dataSourceObject(database)};
    if (method === 'POST' && sub === 'query') return query(server, database, requestBody, url);
  }
  if (kind === 'pages') {
    const found = server.lookupPage(id);
    if (!found) return notFound('page', id);
    if (method === 'GET' && sub === undefined)
      return {status: 200, body: renderPage(found.page, found.database)};
    if (method === 'PATCH' && sub === undefined)
      return updatePage(server, found.page, found.database, requestBody);
    if (method === 'GET' && sub === 'properties' && propertyId !== undefined) {
      return propertyItems(server, found.page, found.database, propertyId, url);
    }
  }
  if (kind === 'blocks' && method === 'GET' && sub === 'children') {
    return server.blocks.children(id, url, server.lookupPage(id) !== undefined);
  }
  return errorAnswer(400, 'invalid_request_url', 'Invalid request URL.');
}
