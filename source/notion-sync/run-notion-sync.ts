import {performance} from 'node:perf_hooks';
import {
  type NotionEntity,
  notionDatabaseVariables,
  notionEntities,
} from '../config/config-schema.js';
import type {Database} from '../db/connection.js';
import type {Sql} from '../db/sql-client.js';
import {findNotionSources, findStagingHashes, type NotionSourceRow} from '../db/staging-rows.js';
import {withSyncLock} from '../db/sync-lock.js';
import {addRunDetails, failSyncRun, lastCompletedRun, startSyncRun} from '../db/sync-log.js';
import {UserError} from '../errors.js';
import {NotionClient} from '../notion/client.js';
import {canonicalJson} from '../notion/sync-hash.js';
import {applySync} from './apply-sync.js';
import {laterOf, readCheckpoints, sinceFor} from './checkpoint.js';
import {type FetchedEntity, fetchEntity} from './fetch-entity.js';
import {planStaging, type StagingPlan} from './plan-staging.js';
import {resolveSources} from './resolve-sources.js';
import {entityCounts, totalsOf} from './summarize.js';
import {syncPageBodies} from './sync-bodies.js';
import type {NotionSyncOptions, NotionSyncSummary} from './sync-types.js';

export type {NotionSyncOptions, NotionSyncSummary} from './sync-types.js';

function configuredEntities(options: NotionSyncOptions): NotionEntity[] {
  const {notion} = options.config;
  if (!options.client && !notion.token) {
    throw new UserError('No Notion integration token is configured', {
      hint: 'set NOTION_TOKEN to the internal integration secret (Notion → Settings → Integrations)',
    });
  }
  const entities = notionEntities.filter((entity) => notion.databases[entity]);
  if (entities.length === 0) {
    throw new UserError('No Notion database is configured', {
      hint: `set at least one of ${Object.values(notionDatabaseVariables).join(', ')}`,
    });
  }
  return entities;
}

function redacted(error: unknown, token: string | undefined): string {
  const message = error instanceof Error ? error.message : String(error);
  return token && token.length >= 4 ? message.split(token).join('[redacted]') : message;
}

// The property ids the walks used that the cache does not hold yet.
function learnedPropertyIds(work: EntityWork[], known: KnownIds) {
  return work.flatMap((w) =>
    w.fetched.propertyIds &&
    canonicalJson(w.fetched.propertyIds) !== canonicalJson(known[w.entity] ?? null)
      ? [{entity: w.entity, propertyIds: w.fetched.propertyIds}]
      : [],
  );
}

/** Everything fetched and planned for one entity. */
export interface EntityWork {
  entity: NotionEntity;
  mode: 'full' | 'incremental';
  fetched: FetchedEntity;
  plan: StagingPlan;
}

/**
 * Syncs the configured Notion databases into staging and the canonical tables: a full walk
 * (with deletion sweep) or an incremental one from the last checkpoint, applied in one
 * transaction together with the run's sync_log completion, so a failed or killed run changes
 * nothing. Returns the run's summary.
 */
export async function runNotionSync(
  db: Database,
  options: NotionSyncOptions,
): Promise<NotionSyncSummary> {
  const entities = configuredEntities(options);
  const {notion} = options.config;
  const client =
    options.client ??
    new NotionClient({
      token: notion.token ?? '',
      ...(notion.baseUrl ? {baseUrl: notion.baseUrl} : {}),
      rateLimit: notion.rateLimit,
    });
  if (options.dryRun) return syncEntities(db, client, entities, options);
  return withSyncLock(db, async () => {
    const summary = await syncEntities(db, client, entities, options);
    if (!notion.pageBodies || !entities.includes('flashcards')) return summary;
    // After the properties are committed: the cards are usable while bodies still arrive.
    const before = client.stats.requests;
    const bodies = await syncPageBodies(db, client, {
      onProgress: options.onProgress,
      ...(options.signal ? {signal: options.signal} : {}),
    });
    const requests = summary.requests + client.stats.requests - before;
    if (summary.runId) await addRunDetails(db.sql, summary.runId, {bodies, requests});
    return {...summary, bodies, requests};
  });
}

type KnownIds = Partial<Record<NotionEntity, Record<string, string>>>;

// Cached ids count only while the entity still resolves to the data source they came from.
function knownPropertyIds(
  cached: NotionSourceRow[],
  dataSources: Partial<Record<NotionEntity, string>>,
): KnownIds {
  const known: KnownIds = {};
  for (const row of cached) {
    const entity = row.entity as NotionEntity;
    if (row.propertyIds && dataSources[entity] === row.dataSourceId) {
      known[entity] = row.propertyIds;
    }
  }
  return known;
}

async function syncEntities(
  db: Database,
  client: NotionClient,
  entities: NotionEntity[],
  options: NotionSyncOptions,
): Promise<NotionSyncSummary> {
  const started = performance.now();
  const before = {...client.stats};
  const last = await lastCompletedRun(db.sql, ['notion_full', 'notion_incremental']);
  const stored = readCheckpoints(last?.details);
  const previous = options.full ? {} : stored;
  const modeOf = (e: NotionEntity): 'full' | 'incremental' =>
    previous[e] ? 'incremental' : 'full';
  const type = entities.some((e) => modeOf(e) === 'incremental')
    ? 'notion_incremental'
    : 'notion_full';
  const runId = options.dryRun
    ? null
    : await startSyncRun(db.sql, type, {entities, full: options.full === true});
  const stats = () => ({
    requests: client.stats.requests - before.requests,
    retries: client.stats.retries - before.retries,
    durationMs: Math.round(performance.now() - started),
  });
  try {
    const cached = await findNotionSources(db.sql);
    const sources = await resolveSources(
      client,
      Object.fromEntries(entities.map((e) => [e, options.config.notion.databases[e]])),
      cached,
    );
    const known = knownPropertyIds(cached, sources.dataSources);
    const work: EntityWork[] = [];
    for (const entity of entities) {
      const checkpoint = previous[entity];
      const fetched = await fetchEntity(client, entity, sources.dataSources[entity] ?? '', {
        ...(checkpoint ? {sinceIso: sinceFor(checkpoint)} : {}),
        knownIds: known[entity] ?? null,
        overrides: options.config.notion.properties[entity],
        onProgress: options.onProgress,
        ...(options.signal ? {signal: options.signal} : {}),
      });
      const mode = modeOf(entity);
      const plan = planStaging(fetched, await findStagingHashes(db.sql, entity), mode === 'full');
      work.push({entity, mode, fetched, plan});
    }
    const checkpoints = {...stored};
    for (const w of work) {
      const next = laterOf(previous[w.entity], w.fetched.maxEdited);
      if (next) checkpoints[w.entity] = next;
    }
    const summary: NotionSyncSummary = {
      runId,
      type,
      dryRun: options.dryRun === true,
      entities: Object.fromEntries(
        work.map((w) => [w.entity, entityCounts(w.mode, w.fetched, w.plan, undefined)]),
      ),
      totals: {added: 0, updated: 0, unchanged: 0, removed: 0},
      ...stats(),
      checkpoint: Object.values(checkpoints).reduce<string | null>(laterOf, null),
      checkpoints,
      warnings: [],
      warningCount: 0,
    };
    summary.totals = totalsOf(summary.entities);
    if (runId === null) return summary;
    options.signal?.throwIfAborted();
    const propertyIds = learnedPropertyIds(work, known);
    const input = {runId, work, sources: sources.fresh, propertyIds, summary, options, stats};
    return await applySync(db, input);
  } catch (error) {
    if (runId !== null) {
      const message = redacted(error, options.config.notion.token);
      await failSyncRun(db.sql as Sql, runId, message, stats()).catch(() => {});
    }
    throw error;
  }
}
