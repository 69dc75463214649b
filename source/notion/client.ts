import {
  Client,
  isFullPage,
  LogLevel,
  type PageObjectResponse,
  type PropertyItemObjectResponse,
  type QueryDataSourceParameters,
  type UpdatePageParameters,
} from '@notionhq/client';
import {UserError} from '../errors.js';
import {realTiming, type Timing} from '../network/timing.js';
import {NotionApiError} from './notion-errors.js';
import {parseNotionId} from './notion-id.js';
import {type CallContext, type NotionRequestStats, RequestRunner} from './request-runner.js';

export type {CallContext, NotionRequestStats} from './request-runner.js';

/** The Notion API version this client speaks (data sources). */
export const notionVersion = '2025-09-03';

/** Options for {@link NotionClient}; the config layer maps NOTION_* settings onto these. */
export interface NotionClientOptions {
  token: string;
  baseUrl?: string;
  /** Requests per second (default 3); 0 or Infinity means unlimited. */
  rateLimit?: number;
  timeoutMs?: number;
  /** Retries after the first attempt for 429, 5xx, timeouts and network errors (default 5). */
  maxRetries?: number;
  baseDelayMs?: number;
  maxDelayMs?: number;
  /** A Retry-After longer than this fails the request instead of stalling (default 5 min). */
  maxRetryAfterMs?: number;
  timing?: Timing;
  random?: () => number;
}

/** A database resolved to the data source that holds its rows. */
export interface ResolvedDataSource {
  databaseId: string;
  dataSourceId: string;
  title: string;
  /** All data sources of the database; the first is used. */
  dataSources: {id: string; name: string}[];
}

/** A query filter as the API accepts it. */
export type DataSourceFilter = QueryDataSourceParameters['filter'];
/** Query sorts as the API accepts them. */
export type DataSourceSorts = QueryDataSourceParameters['sorts'];
/** Property values for a page update. */
export type PagePropertyUpdates = NonNullable<UpdatePageParameters['properties']>;

/** One page of query results. */
export interface DataSourceQueryPage {
  results: PageObjectResponse[];
  has_more: boolean;
  next_cursor: string | null;
  /** `incomplete` when the query hit Notion's 10,000-row cap. */
  request_status: {type: 'complete' | 'incomplete'; incomplete_reason?: string};
}

/** Options for one query call. */
export interface QueryOptions {
  filter?: DataSourceFilter;
  sorts?: DataSourceSorts;
  startCursor?: string;
  pageSize?: number;
  /** Property ids to return (`filter_properties`); all properties when absent. */
  filterProperties?: readonly string[];
}

/** One page (≤ 100) of a block's children, as the API returns them. */
export interface BlockChildrenPage {
  results: Record<string, unknown>[];
  has_more: boolean;
  next_cursor: string | null;
}

/**
 * The Notion calls a sync needs, behind a token-bucket limiter and a bounded retry policy
 * (the SDK's own retries are off so every attempt is limited and counted).
 */
export class NotionClient {
  readonly #sdk: Client;
  readonly #runner: RequestRunner;

  /** Request, retry and wait counters since construction (for the sync log). */
  get stats(): NotionRequestStats {
    return this.#runner.stats;
  }

  constructor(options: NotionClientOptions) {
    if (!options.token) {
      throw new UserError('No Notion integration token is configured', {
        hint: 'set NOTION_TOKEN to the internal integration secret',
      });
    }
    const baseUrl = options.baseUrl ?? 'https://api.notion.com';
    this.#runner = new RequestRunner({
      token: options.token,
      baseUrl,
      rateLimit: options.rateLimit ?? 3,
      maxRetries: options.maxRetries ?? 5,
      backoff: {baseMs: options.baseDelayMs ?? 1000, maxMs: options.maxDelayMs ?? 30_000},
      maxRetryAfterMs: options.maxRetryAfterMs ?? 300_000,
      timing: options.timing ?? realTiming,
      random: options.random ?? Math.random,
    });
    this.#sdk = new Client({
      auth: options.token,
      baseUrl,
      notionVersion,
      timeoutMs: options.timeoutMs ?? 60_000,
      logLevel: LogLevel.ERROR,
      logger: () => {},
      retry: false,
    });
  }

  /** Resolves a database id, dashed id or notion.so URL to the data source holding its rows. */
  async resolveDataSource(
    databaseIdOrUrl: string,
    context: CallContext = {},
  ): Promise<ResolvedDataSource> {
    const id = parseNotionId(databaseIdOrUrl);
    const setting = context.setting ?? 'the NOTION_*_DB setting';
    if (id === null) {
      throw new UserError(`"${databaseIdOrUrl}" is not a Notion database id or URL`, {
        hint: `set ${setting} to the database link (Share → Copy link) or its 32-character id`,
      });
    }
    let database: Awaited<ReturnType<Client['databases']['retrieve']>>;
    try {
      database = await this.#runner.run(`retrieving database ${id}`, context, () =>
        this.#sdk.databases.retrieve({database_id: id}),
      );
    } catch (error) {
      // People sometimes paste a data source id (Notion's "Copy data source ID"); accept it.
      if (!(error instanceof NotionApiError) || error.status !== 404) throw error;
      const source = await this.#dataSourceById(id, context);
      if (source === null) throw error;
      return source;
    }
    const sources = 'data_sources' in database ? database.data_sources : [];
    const first = sources[0];
    if (first === undefined) {
      throw new UserError(`Notion database ${id} has no data source the integration can read`, {
        hint: `share the database with the integration and check ${setting}`,
      });
    }
    const title = 'title' in database ? database.title.map((t) => t.plain_text).join('') : '';
    return {
      databaseId: database.id,
      dataSourceId: first.id,
      title,
      dataSources: sources.map((s) => ({id: s.id, name: s.name})),
    };
  }

  async #dataSourceById(id: string, context: CallContext): Promise<ResolvedDataSource | null> {
    try {
      const source = await this.#runner.run(`retrieving data source ${id}`, context, () =>
        this.#sdk.dataSources.retrieve({data_source_id: id}),
      );
      if (!('parent' in source)) return null;
      const title = source.title.map((t) => t.plain_text).join('');
      const databaseId = source.parent.type === 'database_id' ? source.parent.database_id : id;
      return {
        databaseId,
        dataSourceId: source.id,
        title,
        dataSources: [{id: source.id, name: title}],
      };
    } catch (error) {
      if (error instanceof NotionApiError && error.status === 404) return null;
      throw error;
    }
  }

  /** One page (≤ 100 rows) of a data source query. Results that are not full pages are dropped. */
  async queryDataSource(
    dataSourceId: string,
    options: QueryOptions = {},
  ): Promise<DataSourceQueryPage> {
    const response = await this.#runner.run(`querying data source ${dataSourceId}`, {}, () =>
      this.#sdk.dataSources.query({
        data_source_id: dataSourceId,
        ...(options.filter ? {filter: options.filter} : {}),
        ...(options.sorts ? {sorts: options.sorts} : {}),
        ...(options.startCursor ? {start_cursor: options.startCursor} : {}),
        ...(options.filterProperties ? {filter_properties: [...options.filterProperties]} : {}),
        page_size: Math.min(100, options.pageSize ?? 100),
      }),
    );
    const status = response.request_status;
    return {
      results: response.results.filter((row) => row.object === 'page' && isFullPage(row)),
      has_more: response.has_more,
      next_cursor: response.next_cursor,
      request_status: status
        ? {
            type: status.type,
            ...(status.incomplete_reason ? {incomplete_reason: status.incomplete_reason} : {}),
          }
        : {type: 'complete'},
    };
  }

  /** Every item of a page property, following pagination (relations beyond the first 25). */
  async retrievePropertyItems(
    pageId: string,
    propertyId: string,
  ): Promise<PropertyItemObjectResponse[]> {
    const items: PropertyItemObjectResponse[] = [];
    let cursor: string | undefined;
    do {
      const response = await this.#runner.run(
        `reading property ${propertyId} of page ${pageId}`,
        {},
        () =>
          this.#sdk.pages.properties.retrieve({
            page_id: pageId,
            property_id: propertyId,
            page_size: 100,
            ...(cursor ? {start_cursor: cursor} : {}),
          }),
      );
      if (response.object !== 'list') return [response];
      items.push(...response.results);
      cursor = response.has_more ? (response.next_cursor ?? undefined) : undefined;
    } while (cursor);
    return items;
  }

  /** All page ids of a relation property, however many there are. */
  async retrieveRelationIds(pageId: string, propertyId: string): Promise<string[]> {
    const items = await this.retrievePropertyItems(pageId, propertyId);
    return items.flatMap((item) => (item.type === 'relation' ? [item.relation.id] : []));
  }

  /** One page (≤ 100) of a block's (or page's) children. */
  async listBlockChildren(blockId: string, startCursor?: string): Promise<BlockChildrenPage> {
    const response = await this.#runner.run(`reading the blocks of ${blockId}`, {}, () =>
      this.#sdk.blocks.children.list({
        block_id: blockId,
        page_size: 100,
        ...(startCursor ? {start_cursor: startCursor} : {}),
      }),
    );
    return {
      results: response.results as unknown as Record<string, unknown>[],
      has_more: response.has_more,
      next_cursor: response.next_cursor,
    };
  }

  /** Writes property values to a page (used only for approved write-back). */
  async updatePageProperties(pageId: string, properties: PagePropertyUpdates): Promise<void> {
    await this.#runner.run(`updating page ${pageId}`, {}, () =>
      this.#sdk.pages.update({page_id: pageId, properties}),
    );
  }
}
