import type {PageObjectResponse} from '@notionhq/client';
import type {DataSourceFilter, DataSourceQueryPage, QueryOptions} from './client.js';
import {NotionApiError} from './notion-errors.js';

/** The client calls a walk needs (a {@link NotionClient} satisfies it). */
export interface WalkClient {
  queryDataSource(dataSourceId: string, options: QueryOptions): Promise<DataSourceQueryPage>;
  retrieveRelationIds(pageId: string, propertyId: string): Promise<string[]>;
}

/** Options for {@link iterateDataSource}. */
export interface WalkOptions {
  /** Only pages edited on or after this ISO time (incremental sync; include an overlap). */
  sinceIso?: string;
  pageSize?: number;
  /** Page through relations Notion truncated at 25 (default true); only kept ones. */
  resolveRelations?: boolean;
  /** Keep only these properties (and the title); absent: keep every property. */
  keep?: PropertySelection;
}

/** The properties a walk keeps, by name, and the ids already known for them. */
export interface PropertySelection {
  names: readonly string[];
  /** Name → property id from an earlier walk (notion_sources.property_ids). */
  knownIds: Readonly<Record<string, string>> | null;
}

/** How a walk went; `complete` is true only when every row was seen. */
export interface WalkStatus {
  /** Deletions may be swept only after a complete walk. */
  complete: boolean;
  /** Why the walk could not finish, when it stopped early on its own. */
  incompleteReason: string | null;
  pages: number;
  queries: number;
  /** Follow-up queries started because one query hit the 10,000-row cap. */
  capContinuations: number;
  /** Relation properties fetched in full because Notion truncated them. */
  relationsExpanded: number;
  /** Name → id of the kept properties, as sent in filter_properties (null: none sent). */
  propertyIds: Record<string, string> | null;
}

/** An iterable over a data source's pages that also reports how the walk went. */
export interface DataSourceWalk extends AsyncIterable<PageObjectResponse> {
  readonly status: WalkStatus;
}

const lastEditedFilter = (since: string): DataSourceFilter => ({
  timestamp: 'last_edited_time',
  last_edited_time: {on_or_after: since},
});

const createdFilter = (from: string): DataSourceFilter => ({
  timestamp: 'created_time',
  created_time: {on_or_after: from},
});

function windowFilter(since: string | undefined, from: string | undefined): DataSourceFilter {
  if (since !== undefined && from !== undefined) {
    return {and: [lastEditedFilter(since), createdFilter(from)]} as DataSourceFilter;
  }
  if (since !== undefined) return lastEditedFilter(since);
  return from === undefined ? undefined : createdFilter(from);
}

async function expandRelations(client: WalkClient, page: PageObjectResponse): Promise<number> {
  let expanded = 0;
  for (const prop of Object.values(page.properties)) {
    const truncated = prop.type === 'relation' && (prop as {has_more?: unknown}).has_more === true;
    if (!truncated) continue;
    const ids = await client.retrieveRelationIds(page.id, prop.id);
    Object.assign(prop, {relation: ids.map((id) => ({id})), has_more: false});
    expanded += 1;
  }
  return expanded;
}

// Notion gives the title property the id "title" in every data source.
const titleId = 'title';

/** The filter_properties ids when every kept name has a known id, else null (learn first). */
function knownFilter(keep: PropertySelection | undefined): Record<string, string> | null {
  const known = keep?.knownIds;
  if (!known || !keep.names.every((name) => typeof known[name] === 'string')) return null;
  return Object.fromEntries(keep.names.map((name) => [name, known[name] as string]));
}

/**
 * Drops every property but the kept ones and the title (found by type, as the readers do), and
 * learns the kept properties' ids from the page when they are not known yet.
 */
function trimProperties(page: PageObjectResponse, keep: PropertySelection, status: WalkStatus) {
  const wanted = new Set(keep.names);
  const learned: Record<string, string> = {};
  for (const [name, prop] of Object.entries(page.properties)) {
    if (wanted.has(name)) learned[name] = prop.id;
    else if (prop.type !== 'title') delete page.properties[name];
  }
  status.propertyIds ??= learned;
}

const filterOf = (ids: Record<string, string> | null) =>
  ids === null ? undefined : [...new Set([titleId, ...Object.values(ids)])];

/**
 * One query, naming the kept properties once their ids are known; until then (the first page
 * of a first walk) every property comes back and the ids are learned from it. Under
 * Notion-Version 2026-12-01 an unfiltered query returns only the title, so moving to it means
 * learning the ids from the data source's schema instead. A cached id Notion refuses (a deleted
 * property) is forgotten and the query asked again without the filter.
 */
async function query(
  client: WalkClient,
  dataSourceId: string,
  status: WalkStatus,
  options: QueryOptions,
): Promise<DataSourceQueryPage> {
  const filterProperties = filterOf(status.propertyIds);
  if (!filterProperties) return client.queryDataSource(dataSourceId, options);
  try {
    return await client.queryDataSource(dataSourceId, {...options, filterProperties});
  } catch (error) {
    if (!(error instanceof NotionApiError && error.status === 400)) throw error;
    status.propertyIds = null;
    return client.queryDataSource(dataSourceId, options);
  }
}

async function* walk(
  client: WalkClient,
  dataSourceId: string,
  options: WalkOptions,
  status: WalkStatus,
): AsyncGenerator<PageObjectResponse> {
  const seen = new Set<string>();
  let windowStart: string | undefined;
  for (;;) {
    let capped = false;
    let lastCreated: string | undefined;
    let cursor: string | undefined;
    do {
      const response = await query(client, dataSourceId, status, {
        filter: windowFilter(options.sinceIso, windowStart),
        // created_time never changes, so a window continued from it cannot skip a row.
        sorts: [{timestamp: 'created_time', direction: 'ascending'}],
        ...(cursor ? {startCursor: cursor} : {}),
        pageSize: options.pageSize ?? 100,
      });
      status.queries += 1;
      for (const page of response.results) {
        lastCreated = page.created_time;
        if (seen.has(page.id)) continue;
        seen.add(page.id);
        if (options.keep) trimProperties(page, options.keep, status);
        if (options.resolveRelations !== false) {
          status.relationsExpanded += await expandRelations(client, page);
        }
        status.pages += 1;
        yield page;
      }
      if (response.request_status.type === 'incomplete') capped = true;
      cursor = response.has_more ? (response.next_cursor ?? undefined) : undefined;
    } while (cursor);
    if (!capped) {
      status.complete = true;
      return;
    }
    if (lastCreated === undefined || lastCreated === windowStart) {
      status.incompleteReason = `more rows than the per-query limit share the creation minute ${String(lastCreated)}`;
      return;
    }
    windowStart = lastCreated;
    status.capContinuations += 1;
  }
}

/**
 * Walks every page of a data source (or those edited since `sinceIso`), continuing past
 * Notion's 10,000-row query cap with created_time windows and de-duplicating by page id.
 */
export function iterateDataSource(
  client: WalkClient,
  dataSourceId: string,
  options: WalkOptions = {},
): DataSourceWalk {
  const status: WalkStatus = {
    complete: false,
    incompleteReason: null,
    pages: 0,
    queries: 0,
    capContinuations: 0,
    relationsExpanded: 0,
    propertyIds: knownFilter(options.keep),
  };
  return {status, [Symbol.asyncIterator]: () => walk(client, dataSourceId, options, status)};
}
