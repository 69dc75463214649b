import {type NotionEntity, notionDatabaseVariables} from '../config/config-schema.js';
import type {NotionSourceRow} from '../db/staging-rows.js';
import type {NotionClient} from '../notion/client.js';
import {parseNotionId} from '../notion/notion-id.js';

const bare = (id: string) => id.replace(/-/g, '').toLowerCase();

/** Each entity's data source id, plus the resolutions that were not cached yet. */
export interface ResolvedSources {
  dataSources: Partial<Record<NotionEntity, string>>;
  fresh: NotionSourceRow[];
}

/**
 * Maps each configured database id (or URL) to its data source, using the cache when it still
 * names the same database and asking Notion otherwise.
 */
export async function resolveSources(
  client: Pick<NotionClient, 'resolveDataSource'>,
  databases: Partial<Record<NotionEntity, string>>,
  cached: NotionSourceRow[],
): Promise<ResolvedSources> {
  const byEntity = new Map(cached.map((row) => [row.entity, row]));
  const result: ResolvedSources = {dataSources: {}, fresh: []};
  for (const [entity, configured] of Object.entries(databases) as [NotionEntity, string][]) {
    const id = parseNotionId(configured);
    const hit = byEntity.get(entity);
    if (id !== null && hit && [hit.databaseId, hit.dataSourceId].map(bare).includes(bare(id))) {
      result.dataSources[entity] = hit.dataSourceId;
      continue;
    }
    const resolved = await client.resolveDataSource(configured, {
      setting: notionDatabaseVariables[entity],
    });
    result.dataSources[entity] = resolved.dataSourceId;
    result.fresh.push({
      entity,
      databaseId: resolved.databaseId,
      dataSourceId: resolved.dataSourceId,
      name: resolved.title,
    });
  }
  return result;
}
