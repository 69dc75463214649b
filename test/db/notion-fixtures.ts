import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {notionDatabaseVariables} from '../../source/config/config-schema.js';
import {type Config, loadConfig} from '../../source/config/load-config.js';
import type {Database} from '../../source/db/connection.js';
import {NotionClient} from '../../source/notion/client.js';
import {runNotionSync} from '../../source/notion-sync/run-notion-sync.js';
import type {NotionSyncSummary} from '../../source/notion-sync/sync-types.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import {
  type GeneratedWorkspace,
  generateWorkspace,
  type WorkspaceOptions,
} from '../fakes/notion-workspace.js';

/** The environment that points nls at a fake workspace (every database configured). */
export function notionEnv(fake: FakeNotionServer, workspace: GeneratedWorkspace) {
  const env: Record<string, string> = {
    NOTION_TOKEN: fake.token,
    NOTION_BASE_URL: fake.url,
    NOTION_RATE_LIMIT: '0',
  };
  for (const [entity, db] of Object.entries(workspace.entity)) {
    env[notionDatabaseVariables[entity as keyof typeof notionDatabaseVariables]] = db.id;
  }
  return env;
}

/** A fake Notion with a generated workspace, a config and a fast client pointed at it. */
export async function startNotionWorkspace(options: WorkspaceOptions = {}) {
  const workspace = generateWorkspace(options);
  const fake = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
  const dir = mkdtempSync(path.join(os.tmpdir(), 'nls-notion-'));
  const config: Config = loadConfig({...notionEnv(fake, workspace), NLS_HOME: dir}, dir);
  const client = () =>
    new NotionClient({token: fake.token, baseUrl: fake.url, rateLimit: 0, baseDelayMs: 10});
  return {workspace, fake, config, client};
}

/** Runs a sync against the fake with a fresh client. */
export function syncOnce(
  db: Database,
  setup: {config: Config; client: () => NotionClient},
  extra: {full?: boolean; dryRun?: boolean; now?: Date} = {},
): Promise<NotionSyncSummary> {
  const now = extra.now ?? new Date('2025-06-01T12:00:00Z');
  return runNotionSync(db, {
    config: setup.config,
    client: setup.client(),
    now: () => now,
    onProgress: ignoreProgress,
    ...(extra.full !== undefined ? {full: extra.full} : {}),
    ...(extra.dryRun !== undefined ? {dryRun: extra.dryRun} : {}),
  });
}

/** Row counts of every staging and canonical table. */
export async function tableCounts(db: Database): Promise<Record<string, number>> {
  const [row] = await db.sql<Record<string, number>[]>`
    select
      (select count(*)::int from stg_notion_flashcards) as stg_flashcards,
      (select count(*)::int from stg_notion_concepts) as stg_concepts,
      (select count(*)::int from stg_notion_concept_areas) as stg_areas,
      (select count(*)::int from stg_notion_concept_clusters) as stg_clusters,
      (select count(*)::int from stg_notion_modules) as stg_modules,
      (select count(*)::int from stg_notion_tracks) as stg_tracks,
      (select count(*)::int from stg_notion_programs) as stg_programs,
      (select count(*)::int from learning_atoms) as atoms,
      (select count(*)::int from concepts) as concepts,
      (select count(*)::int from clean_concept_areas) as areas,
      (select count(*)::int from clean_concept_clusters) as clusters,
      (select count(*)::int from learning_modules) as modules,
      (select count(*)::int from clean_tracks) as tracks,
      (select count(*)::int from clean_programs) as programs`;
  return row ?? {};
}

/** A checksum of the staging and canonical tables' contents (to prove nothing changed). */
export async function contentChecksum(db: Database): Promise<string> {
  const [row] = await db.sql<{sum: string}[]>`
    select md5(concat_ws('|',
      (select string_agg(notion_page_id || sync_hash || last_synced_at::text, ',' order by notion_page_id) from stg_notion_flashcards),
      (select string_agg(notion_page_id || coalesce(sync_hash, ''), ',' order by notion_page_id) from stg_notion_concepts),
      (select string_agg(id::text || card_id || front || coalesce(back, '') || coalesce(removed_at::text, '') || updated_at::text, ',' order by id) from learning_atoms),
      (select string_agg(id::text || name || updated_at::text, ',' order by id) from concepts),
      (select string_agg(id::text || name || updated_at::text, ',' order by id) from learning_modules)
    )) as sum`;
  return row?.sum ?? '';
}
