import type {NotionEntity} from '../config/config-schema.js';
import type {Config} from '../config/load-config.js';
import type {NotionClient} from '../notion/client.js';
import type {ProgressListener} from '../progress/progress-events.js';
import type {BodySyncSummary} from './sync-bodies.js';

/** Options for {@link runNotionSync}. */
export interface NotionSyncOptions {
  config: Config;
  /** Walk every row and sweep deletions, whatever the checkpoint says. */
  full?: boolean;
  /** Fetch and report what would change; write nothing. */
  dryRun?: boolean;
  now: () => Date;
  onProgress: ProgressListener;
  signal?: AbortSignal;
  /** A ready client (tests, the TUI); otherwise one is built from config.notion. */
  client?: NotionClient;
}

/** Per-entity counts of one run. */
export interface EntitySyncCounts {
  mode: 'full' | 'incremental';
  /** Pages the walk returned. */
  fetched: number;
  added: number;
  updated: number;
  unchanged: number;
  removed: number;
  /** Rows whose parent page is not synced (FK left NULL). */
  orphans: number;
  /** Pages with bad input (reported in warnings, never fatal). */
  errors: number;
}

/** A problem with one page, as kept in sync_log.details. */
export interface SyncWarning {
  entity: NotionEntity;
  pageId: string;
  reason: string;
}

/** What a Notion sync did (also what `nls sync notion --json` prints). */
export interface NotionSyncSummary {
  runId: string | null;
  type: 'notion_full' | 'notion_incremental';
  dryRun: boolean;
  entities: Partial<Record<NotionEntity, EntitySyncCounts>>;
  totals: {added: number; updated: number; unchanged: number; removed: number};
  requests: number;
  retries: number;
  durationMs: number;
  /** Latest last_edited_time seen over all entities (the next incremental starts before it). */
  checkpoint: string | null;
  checkpoints: Partial<Record<NotionEntity, string>>;
  /** The first warnings (see warningCount for all). */
  warnings: SyncWarning[];
  warningCount: number;
  /** The page-body step, when it ran (not in dry runs or with NOTION_PAGE_BODIES=off). */
  bodies?: BodySyncSummary;
}
