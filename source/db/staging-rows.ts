import type {NotionEntity} from '../config/config-schema.js';
import {camelRows, snakeRecords, snakeRecordsText} from './camel-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** One page as staged: raw properties, their hash and the parent ids the hierarchy needs. */
export interface StagingRow {
  notionPageId: string;
  rawProperties: Record<string, unknown>;
  syncHash: string;
  /** concepts: 'cluster' or 'area' (the relation the parent came from). */
  parentType?: string | null;
  /** concepts: the cluster's (or area's) page id. */
  parentNotionId?: string | null;
  /** concept clusters: the area's page id. */
  parentAreaNotionId?: string | null;
  /** flashcards: the page's last_edited_time (a body is due while it differs from the body's). */
  pageEditedAt?: string | null;
}

/** The staging table of each entity. */
export const stagingTables: Record<NotionEntity, string> = {
  flashcards: 'stg_notion_flashcards',
  concepts: 'stg_notion_concepts',
  concept_areas: 'stg_notion_concept_areas',
  concept_clusters: 'stg_notion_concept_clusters',
  modules: 'stg_notion_modules',
  tracks: 'stg_notion_tracks',
  programs: 'stg_notion_programs',
};

// Keeps each statement's JSON parameter to a few megabytes.
const chunkSize = 1000;

/** Page id → sync_hash of every staged page of an entity. */
export async function findStagingHashes(
  sql: Client,
  entity: NotionEntity,
): Promise<Map<string, string | null>> {
  const rows = await sql<{notion_page_id: string; sync_hash: string | null}[]>`
    select notion_page_id, sync_hash from ${sql(stagingTables[entity])}`;
  return new Map(rows.map((row) => [row.notion_page_id, row.sync_hash]));
}

/** Inserts new and overwrites changed staged pages (callers pass only those). */
export async function upsertStagingRows(
  tx: Client,
  entity: NotionEntity,
  rows: StagingRow[],
  now: Date,
): Promise<void> {
  for (let start = 0; start < rows.length; start += chunkSize) {
    const chunk = rows.slice(start, start + chunkSize);
    const json = snakeRecordsText(chunk);
    if (entity === 'concepts') {
      await tx`
        insert into stg_notion_concepts as t
          (notion_page_id, raw_properties, sync_hash, parent_type, parent_notion_id,
           last_synced_at)
        select notion_page_id, raw_properties, sync_hash, parent_type, parent_notion_id, ${now}
        from jsonb_to_recordset(${json}::text::jsonb) as v(notion_page_id text, raw_properties jsonb,
          sync_hash text, parent_type text, parent_notion_id text)
        on conflict (notion_page_id) do update set raw_properties = excluded.raw_properties,
          sync_hash = excluded.sync_hash, parent_type = excluded.parent_type,
          parent_notion_id = excluded.parent_notion_id, last_synced_at = excluded.last_synced_at`;
    } else if (entity === 'concept_clusters') {
      await tx`
        insert into stg_notion_concept_clusters as t
          (notion_page_id, raw_properties, sync_hash, parent_area_notion_id, last_synced_at)
        select notion_page_id, raw_properties, sync_hash, parent_area_notion_id, ${now}
        from jsonb_to_recordset(${json}::text::jsonb) as v(notion_page_id text, raw_properties jsonb,
          sync_hash text, parent_area_notion_id text)
        on conflict (notion_page_id) do update set raw_properties = excluded.raw_properties,
          sync_hash = excluded.sync_hash, parent_area_notion_id = excluded.parent_area_notion_id,
          last_synced_at = excluded.last_synced_at`;
    } else if (entity === 'flashcards') {
      await tx`
        insert into stg_notion_flashcards as t
          (notion_page_id, raw_properties, sync_hash, page_edited_at, last_synced_at)
        select notion_page_id, raw_properties, sync_hash, page_edited_at, ${now}
        from jsonb_to_recordset(${json}::text::jsonb) as v(notion_page_id text, raw_properties jsonb,
          sync_hash text, page_edited_at timestamptz)
        on conflict (notion_page_id) do update set raw_properties = excluded.raw_properties,
          sync_hash = excluded.sync_hash, page_edited_at = excluded.page_edited_at,
          last_synced_at = excluded.last_synced_at`;
    } else {
      await tx`
        insert into ${tx(stagingTables[entity])} as t
          (notion_page_id, raw_properties, sync_hash, last_synced_at)
        select notion_page_id, raw_properties, sync_hash, ${now}
        from jsonb_to_recordset(${json}::text::jsonb) as v(notion_page_id text, raw_properties jsonb,
          sync_hash text)
        on conflict (notion_page_id) do update set raw_properties = excluded.raw_properties,
          sync_hash = excluded.sync_hash, last_synced_at = excluded.last_synced_at`;
    }
  }
}

/** Deletes staged pages (removed or trashed in Notion). */
export async function deleteStagingRows(
  tx: Client,
  entity: NotionEntity,
  pageIds: string[],
): Promise<number> {
  if (pageIds.length === 0) return 0;
  const result = await tx`
    delete from ${tx(stagingTables[entity])} where notion_page_id = any(${pageIds}::text[])`;
  return result.count;
}

/** A cached database → data source resolution. */
export interface NotionSourceRow {
  entity: string;
  databaseId: string;
  dataSourceId: string;
  name: string | null;
  /** Mapped property name → id (sent as filter_properties); null until a walk learns them. */
  propertyIds?: Record<string, string> | null;
}

/** Every cached data source resolution. */
export async function findNotionSources(sql: Client): Promise<NotionSourceRow[]> {
  const rows = await sql`
    select entity, database_id, data_source_id, name, property_ids from notion_sources`;
  return camelRows<NotionSourceRow>(rows);
}

/** Stores the property ids walks learned, by entity. */
export async function saveSourcePropertyIds(
  sql: Client,
  rows: {entity: string; propertyIds: Record<string, string>}[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    update notion_sources s set property_ids = v.property_ids
    from jsonb_to_recordset(${sql.json(snakeRecords(rows))}::jsonb)
      as v(entity text, property_ids jsonb)
    where s.entity = v.entity`;
}

/** Caches data source resolutions (one statement for all of them). */
export async function saveNotionSources(
  sql: Client,
  rows: NotionSourceRow[],
  now: Date,
): Promise<void> {
  if (rows.length === 0) return;
  await sql`
    insert into notion_sources (entity, database_id, data_source_id, name, resolved_at)
    select entity, database_id, data_source_id, name, ${now}
    from jsonb_to_recordset(${sql.json(snakeRecords(rows))}::jsonb)
      as v(entity text, database_id text, data_source_id text, name text)
    on conflict (entity) do update set database_id = excluded.database_id,
      data_source_id = excluded.data_source_id, name = excluded.name,
      resolved_at = excluded.resolved_at,
      property_ids = case when notion_sources.data_source_id = excluded.data_source_id
        then notion_sources.property_ids end`;
}
