import type {PageObjectResponse} from '@notionhq/client';
import type {DataSourceFilter, DataSourceQueryPage, QueryOptions} from './client.js';

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
  /** Page through relations Notion truncated at 25 (default true). */
  resolveRelations?: boolean;
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
      const response = await client.queryDataSource(dataSourceId, {
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
  };
  return {status, [Symbol.asyncIterator]: () => walk(client, dataSourceId, options, status)};
}
