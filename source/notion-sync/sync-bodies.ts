import type {Database} from '../db/connection.js';
import {type DueBody, findDueBodies, savePageBody} from '../db/page-body-rows.js';
import {NotionApiError} from '../notion/notion-errors.js';
import {type BlocksClient, fetchPageBlocks} from '../notion/page-blocks.js';
import {storableJson} from '../notion/sync-hash.js';
import type {ProgressListener} from '../progress/progress-events.js';

/** What the page-body step did. */
export interface BodySyncSummary {
  /** Bodies that were due when the step started. */
  due: number;
  fetched: number;
  /** Pages Notion no longer lets us read (404); tried again next run. */
  missing: number;
  requests: number;
}

/** Options for {@link syncPageBodies}. */
export interface BodySyncOptions {
  onProgress: ProgressListener;
  signal?: AbortSignal;
  /** Pages fetched at once; the client's rate limiter still bounds the requests. */
  concurrency?: number;
}

/** The progress phase of the body step. */
export const bodyPhase = 'Fetching page bodies';

/**
 * Fetches the body of every flashcard page that is new or edited since its body was fetched,
 * committing each page as it arrives: an interrupted run loses at most the pages in flight,
 * and the next run fetches only what is still due. A few pages are fetched at once so the
 * rate limit, not the round trip, sets the pace.
 */
export async function syncPageBodies(
  db: Database,
  client: BlocksClient,
  options: BodySyncOptions,
): Promise<BodySyncSummary> {
  const due = await findDueBodies(db.sql);
  const summary: BodySyncSummary = {due: due.length, fetched: 0, missing: 0, requests: 0};
  if (due.length === 0) return summary;
  options.onProgress({type: 'phase', phase: bodyPhase, total: due.length});
  let next = 0;
  let done = 0;
  let failed = false;
  const fetchOne = async (page: DueBody) => {
    try {
      const body = await fetchPageBlocks(client, page.pageId);
      summary.requests += body.requests;
      await savePageBody(db.sql, page.pageId, storableJson(body.blocks), page.editedAt);
      summary.fetched += 1;
    } catch (error) {
      // Trashed or unshared since the walk: the next walk removes it or brings it back.
      if (!(error instanceof NotionApiError && error.status === 404)) throw error;
      summary.requests += 1;
      summary.missing += 1;
    }
    done += 1;
    options.onProgress({type: 'advance', phase: bodyPhase, done, total: due.length});
  };
  const worker = async () => {
    while (!failed && next < due.length) {
      const page = due[next++] as DueBody;
      try {
        options.signal?.throwIfAborted();
        await fetchOne(page);
      } catch (error) {
        // The other workers stop after the page they are on (which they still commit).
        failed = true;
        throw error;
      }
    }
  };
  const workers = Array.from({length: Math.max(1, options.concurrency ?? 3)}, worker);
  // Settle every worker before failing, so no write is still running when the caller moves on.
  const outcomes = await Promise.allSettled(workers);
  const rejected = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (rejected) throw rejected.reason;
  return summary;
}
