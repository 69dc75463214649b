import {camelRows, jsonText} from './camel-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

/** The kinds of run recorded in sync_log. */
export type SyncType =
  | 'notion_full'
  | 'notion_incremental'
  | 'anki_push'
  | 'anki_pull'
  | 'cleaning';

/** Counts a finished run stores in its sync_log row. */
export interface SyncCounts {
  processed?: number;
  added?: number;
  updated?: number;
  removed?: number;
}

/** A sync_log row as read back. */
export interface SyncLogRow {
  id: string;
  syncType: string;
  startedAt: Date;
  completedAt: Date | null;
  status: string;
  itemsProcessed: number;
  itemsAdded: number;
  itemsUpdated: number;
  itemsRemoved: number;
  errorMessage: string | null;
  details: Record<string, unknown> | null;
}

/**
 * Marks runs left `running` by a killed process as failed (interrupted). Call it only while
 * holding the sync lock, when no other run can be live.
 */
export async function markInterruptedRuns(sql: Sql): Promise<number> {
  const result = await sql`
    update sync_log
    set status = 'failed', completed_at = now(),
        error_message = 'interrupted: the process stopped before the run finished',
        details = coalesce(details, '{}'::jsonb) || '{"interrupted": true}'::jsonb
    where status = 'running'`;
  return result.count;
}

/** Opens a sync_log row for a new run and returns its id. */
export async function startSyncRun(
  sql: Sql,
  type: SyncType,
  details: Record<string, unknown> = {},
): Promise<string> {
  const [row] = await sql<{id: string}[]>`
    insert into sync_log (sync_type, status, details)
    values (${type}, 'running', ${jsonText(details)}::text::jsonb)
    returning id`;
  return row!.id;
}

/** Closes a run as completed with its counts and details. */
export async function completeSyncRun(
  sql: Sql | TransactionSql,
  id: string,
  counts: SyncCounts,
  details: Record<string, unknown>,
): Promise<void> {
  await sql`
    update sync_log
    set status = 'completed', completed_at = now(),
        items_processed = ${counts.processed ?? 0}, items_added = ${counts.added ?? 0},
        items_updated = ${counts.updated ?? 0}, items_removed = ${counts.removed ?? 0},
        details = ${jsonText(details)}::text::jsonb
    where id = ${id}`;
}

/** Adds to a run's details (a step that runs after the run was completed, e.g. page bodies). */
export async function addRunDetails(
  sql: Sql,
  id: string,
  details: Record<string, unknown>,
): Promise<void> {
  await sql`
    update sync_log set details = coalesce(details, '{}'::jsonb) || ${jsonText(details)}::text::jsonb
    where id = ${id}`;
}

/** Closes a run as failed, keeping the message (which must hold no secret) and details. */
export async function failSyncRun(
  sql: Sql,
  id: string,
  message: string,
  details: Record<string, unknown> = {},
): Promise<void> {
  await sql`
    update sync_log
    set status = 'failed', completed_at = now(), error_message = ${message},
        details = coalesce(details, '{}'::jsonb) || ${jsonText(details)}::text::jsonb
    where id = ${id}`;
}

/** The most recent runs, newest first. */
export function recentSyncRuns(sql: Sql, limit = 50): Promise<SyncLogRow[]> {
  return sql`
    select id, sync_type, started_at, completed_at, status, items_processed, items_added,
           items_updated, items_removed, error_message, details
    from sync_log order by started_at desc limit ${limit}`.then(camelRows<SyncLogRow>);
}

/** The last completed run of a type (e.g. for the Notion checkpoint). */
export async function lastCompletedRun(
  sql: Sql,
  types: SyncType[],
): Promise<SyncLogRow | undefined> {
  const [row] = await sql`
    select id, sync_type, started_at, completed_at, status, items_processed, items_added,
           items_updated, items_removed, error_message, details
    from sync_log where status = 'completed' and sync_type in ${sql(types)}
    order by started_at desc limit 1`.then(camelRows<SyncLogRow>);
  return row;
}

/**
 * A short text that changes whenever a run starts or ends, in this process or another one: the
 * terminal app polls it to refresh its screens after a run it did not start itself.
 */
export async function runsSignature(sql: Sql): Promise<string> {
  const [row] = await sql<{signature: string}[]>`
    select concat_ws(':', count(*), count(*) filter (where status = 'running'),
      max(started_at), max(completed_at)) as signature
    from sync_log`;
  return row?.signature ?? '';
}
