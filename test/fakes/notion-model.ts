import type {StoredValue} from './notion-values.js';

/** A column of a fake data source. */
export interface FakeSchemaProperty {
  id: string;
  type: string;
}

/** A stored page. Times are epoch ms at full precision; the API shows them minute-rounded. */
export interface FakePage {
  id: string;
  createdTime: number;
  lastEditedTime: number;
  inTrash: boolean;
  createdBy: string;
  lastEditedBy: string;
  /** By property name. created_time/last_edited_time/created_by/last_edited_by come from the page. */
  properties: Record<string, StoredValue>;
}

/** A data source: the schema (by property name) and its pages. */
export interface FakeDataSource {
  id: string;
  name: string;
  schema: Record<string, FakeSchemaProperty>;
  pages: FakePage[];
}

/** A database (container) with one data source. */
export interface FakeDatabase {
  id: string;
  title: string;
  dataSource: FakeDataSource;
}

/** Page objects carry at most this many relation/people references. */
export const referenceLimit = 25;

/** Floors epoch ms to the minute and formats as Notion does. */
export function notionTimestamp(ms: number): string {
  return new Date(Math.floor(ms / 60_000) * 60_000).toISOString();
}

/** The dashed form of a dashed or compact id (lower case); the input when it is neither. */
export function normalizeId(id: string): string {
  const hex = id.replace(/-/g, '').toLowerCase();
  if (!/^[0-9a-f]{32}$/.test(hex)) return id;
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Decodes a property id the way it may appear in a URL path (ids contain %-escapes). */
export function decodePropertyId(id: string): string {
  try {
    return decodeURIComponent(id);
  } catch {
    return id;
  }
}

const user = (id: string) => ({object: 'user', id});

function computedValue(type: string, page: FakePage): unknown {
  if (type === 'created_time') return notionTimestamp(page.createdTime);
  if (type === 'last_edited_time') return notionTimestamp(page.lastEditedTime);
  if (type === 'created_by') return user(page.createdBy);
  if (type === 'last_edited_by') return user(page.lastEditedBy);
  return undefined;
}

/** A property value as a page object shows it: with its id, relations truncated to 25. */
export function renderValue(
  schema: FakeSchemaProperty,
  stored: StoredValue | undefined,
  page: FakePage,
): Record<string, unknown> {
  const computed = computedValue(schema.type, page);
  if (computed !== undefined) return {id: schema.id, type: schema.type, [schema.type]: computed};
  const payload = stored?.[schema.type] ?? emptyPayload(schema.type);
  if ((schema.type === 'relation' || schema.type === 'people') && Array.isArray(payload)) {
    return {
      id: schema.id,
      type: schema.type,
      [schema.type]: payload.slice(0, referenceLimit),
      has_more: payload.length > referenceLimit,
    };
  }
  return {id: schema.id, type: schema.type, [schema.type]: payload};
}

/** What an empty cell of each type looks like. */
export function emptyPayload(type: string): unknown {
  switch (type) {
    case 'title':
    case 'rich_text':
    case 'multi_select':
    case 'relation':
    case 'people':
    case 'files':
      return [];
    case 'checkbox':
      return false;
    case 'button':
      return {};
    case 'unique_id':
      return {prefix: null, number: null};
    case 'formula':
      return {type: 'string', string: null};
    case 'rollup':
      return {type: 'number', number: null, function: 'count'};
    default:
      return null;
  }
}

/** A page object exactly as `GET /v1/pages/:id` or a query returns it. */
export function renderPage(
  page: FakePage,
  database: FakeDatabase,
  only?: ReadonlySet<string>,
): Record<string, unknown> {
  const properties: Record<string, unknown> = {};
  for (const [name, schema] of Object.entries(database.dataSource.schema)) {
    if (only && !only.has(decodePropertyId(schema.id))) continue;
    properties[name] = renderValue(schema, page.properties[name], page);
  }
  const titleName = Object.keys(database.dataSource.schema).find(
    (name) => database.dataSource.schema[name]?.type === 'title',
  );
  const titleValue = titleName ? page.properties[titleName] : undefined;
  const titleItems = Array.isArray(titleValue?.title) ? titleValue.title : [];
  const titleText = titleItems.map((item) => (item as {plain_text?: string}).plain_text ?? '');
  const slug = titleText
    .join('')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  const compact = page.id.replace(/-/g, '');
  return {
    object: 'page',
    id: page.id,
    created_time: notionTimestamp(page.createdTime),
    last_edited_time: notionTimestamp(page.lastEditedTime),
    created_by: user(page.createdBy),
    last_edited_by: user(page.lastEditedBy),
    cover: null,
    icon: null,
    parent: {
      type: 'data_source_id',
      data_source_id: database.dataSource.id,
      database_id: database.id,
    },
    in_trash: page.inTrash,
    archived: page.inTrash,
    is_archived: page.inTrash,
    is_locked: false,
    properties,
    url: `https://www.notion.so/${slug ? `${slug}-` : ''}${compact}`,
    public_url: null,
  };
}
