import type {PageObjectResponse} from '@notionhq/client';
import type {NotionEntity} from '../config/config-schema.js';
import type {StagingRow} from '../db/staging-rows.js';
import {iterateDataSource, type WalkClient} from '../notion/data-source-walk.js';
import {propertyNamesFor} from '../notion/property-names.js';
import {readProperty} from '../notion/property-readers.js';
import {storableJson, syncHash} from '../notion/sync-hash.js';
import type {ProgressListener} from '../progress/progress-events.js';

/** One fetched page, ready to stage. */
export interface FetchedPage {
  id: string;
  lastEdited: string;
  staging: StagingRow;
}

/** The result of walking one entity's data source. */
export interface FetchedEntity {
  pages: FetchedPage[];
  /** Pages the query returned as trashed (counted as removed). */
  trashed: string[];
  /** True when every row was seen (deletions may be swept after a full walk). */
  complete: boolean;
  /** The latest last_edited_time seen, or null. */
  maxEdited: string | null;
  /** Name → id of the mapped properties, for the next walk's filter_properties. */
  propertyIds: Record<string, string> | null;
}

function firstRelation(props: Record<string, unknown>, name: string): string | null {
  return readProperty(props, name, 'relation').value?.[0]?.toLowerCase() ?? null;
}

/** The staging row for a page: raw properties, their hash, and the parent columns. */
export function stagingRowFor(
  entity: NotionEntity,
  id: string,
  rawProperties: Record<string, unknown>,
  overrides: Record<string, string> | undefined,
): StagingRow {
  const properties = storableJson(rawProperties);
  const row: StagingRow = {
    notionPageId: id,
    rawProperties: properties,
    syncHash: syncHash(properties),
  };
  if (entity === 'concepts') {
    const names = propertyNamesFor('concepts', overrides);
    const cluster = firstRelation(properties, names.cluster);
    const area = cluster === null ? firstRelation(properties, names.area) : null;
    row.parentType = cluster !== null ? 'cluster' : area !== null ? 'area' : null;
    row.parentNotionId = cluster ?? area;
  }
  if (entity === 'concept_clusters') {
    const names = propertyNamesFor('concept_clusters', overrides);
    row.parentAreaNotionId = firstRelation(properties, names.conceptArea);
  }
  return row;
}

const isTrashed = (page: PageObjectResponse) =>
  page.in_trash === true || (page as {archived?: boolean}).archived === true;

/** Walks one data source (all rows, or those edited since `sinceIso`) into staging rows. */
export async function fetchEntity(
  client: WalkClient,
  entity: NotionEntity,
  dataSourceId: string,
  options: {
    sinceIso?: string;
    overrides?: Record<string, string>;
    /** Property ids an earlier walk learned (notion_sources.property_ids). */
    knownIds?: Record<string, string> | null;
    onProgress: ProgressListener;
    signal?: AbortSignal;
  },
): Promise<FetchedEntity> {
  const phase = `Fetching ${entity.replace('_', ' ')}`;
  options.onProgress({type: 'phase', phase});
  // Only the mapped properties are asked for and kept, so only mapped relations are expanded.
  const keep = {
    names: Object.values(propertyNamesFor(entity, options.overrides) as Record<string, string>),
    knownIds: options.knownIds ?? null,
  };
  const walk = iterateDataSource(client, dataSourceId, {
    keep,
    ...(options.sinceIso ? {sinceIso: options.sinceIso} : {}),
  });
  const pages: FetchedPage[] = [];
  const trashed: string[] = [];
  let maxEdited: string | null = null;
  for await (const page of walk) {
    options.signal?.throwIfAborted();
    if (maxEdited === null || page.last_edited_time > maxEdited) maxEdited = page.last_edited_time;
    if (isTrashed(page)) trashed.push(page.id);
    else {
      const staging = stagingRowFor(entity, page.id, page.properties, options.overrides);
      if (entity === 'flashcards') staging.pageEditedAt = page.last_edited_time;
      pages.push({id: page.id, lastEdited: page.last_edited_time, staging});
    }
    const seen = pages.length + trashed.length;
    if (seen % 100 === 0) options.onProgress({type: 'advance', phase, done: seen});
  }
  options.onProgress({type: 'advance', phase, done: pages.length + trashed.length});
  const {complete, propertyIds} = walk.status;
  return {pages, trashed, complete, maxEdited, propertyIds};
}
