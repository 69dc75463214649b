import {clearAnkiLinks, findAnkiPushCandidates, writeAnkiLinks} from '../../db/anki-rows.js';
import type {Database} from '../../db/connection.js';
import {withSyncLock} from '../../db/sync-lock.js';
import {completeSyncRun, failSyncRun, startSyncRun} from '../../db/sync-log.js';
import type {ProgressListener} from '../../progress/progress-events.js';
import type {AnkiClient} from '../client.js';
import type {AnkiNoteInfo} from '../notes-info.js';
import {readNotesInfo} from './batched-reads.js';
import {type DesiredNote, desiredNote, type PushSettings} from './desired-note.js';
import {checkNoteTypes, createNoteTypes, ensureDecks} from './ensure-anki-setup.js';
import {
  type ApplyContext,
  type ApplyResult,
  addNewNotes,
  deleteStale,
  type PushFailure,
  suspendStale,
  updateNotes,
} from './push-apply.js';
import {
  noteIdsToInspect,
  type PushPlan,
  type PushPlanCounts,
  planCounts,
  planPush,
} from './push-plan.js';

/** Options for {@link pushToAnki}. */
export interface PushOptions {
  now: Date;
  onProgress: ProgressListener;
  settings: PushSettings;
  /** AnkiConnect's URL, for messages. */
  url: string;
  dryRun?: boolean;
  deleteStale?: boolean;
  /** Asked once, with the number of notes, before anything is deleted; false → suspend instead. */
  confirmDelete?: (count: number) => Promise<boolean>;
}

/** What a push did (or, for a dry run, would do). */
export interface PushResult {
  dryRun: boolean;
  plan: PushPlanCounts;
  added: number;
  updated: number;
  suspended: number;
  deleted: number;
  failures: PushFailure[];
  createdNoteTypes: string[];
  createdDecks: string[];
  /** Atoms linked to a note the collection no longer has (planned again as new). */
  missingInAnki: number;
  requests: number;
}

/** The query that finds every note of nls's note types. */
export const NLS_NOTES_QUERY = '"note:NLS Basic" OR "note:NLS Cloze"';

/**
 * Reads what Anki has for the atoms that need a look, and plans the push. The collection decides,
 * not the stored links: an atom whose note is no longer among Anki's nls notes (deleted in Anki,
 * or another profile) is planned as if never pushed, so its note is added again and re-linked.
 */
async function buildPlan(
  client: AnkiClient,
  desired: readonly DesiredNote[],
  options: PushOptions,
): Promise<{plan: PushPlan; missingLinks: number}> {
  const deleteStale = options.deleteStale === true;
  const existing = new Set(await client.findNotes(NLS_NOTES_QUERY));
  let missingLinks = 0;
  const reconciled = desired.map((d) => {
    const noteId = d.atom.ankiNoteId;
    if (noteId === null || existing.has(noteId)) return d;
    missingLinks += 1;
    return {...d, atom: {...d.atom, ankiNoteId: null, ankiCardId: null}} as DesiredNote;
  });
  const linked = new Set(reconciled.map((d) => d.atom.ankiNoteId).filter((id) => id !== null));
  const unknown = [...existing].filter((id) => !linked.has(id));
  const ids = [...new Set([...noteIdsToInspect(reconciled, deleteStale), ...unknown])];
  const infos = await readNotesInfo(client, ids, {url: options.url});
  const byId = new Map(infos.map((info) => [info.noteId, info]));
  const byKey = new Map<string, AnkiNoteInfo>();
  for (const id of unknown) {
    const info = byId.get(id);
    if (info?.cardKey) byKey.set(info.cardKey, info);
  }
  const plan = planPush(reconciled, byId, byKey, deleteStale);
  // Removed atoms whose note is gone only lose their link (planPush cannot see them any more).
  for (const d of desired) {
    const noteId = d.atom.ankiNoteId;
    if (d.kind === 'removed' && noteId !== null && !existing.has(noteId))
      plan.unlink.push(d.atom.id);
  }
  return {plan, missingLinks};
}

async function applyPlan(ctx: ApplyContext, plan: PushPlan, options: PushOptions) {
  const out: ApplyResult = {
    links: [],
    unlink: [...plan.unlink],
    failures: [],
    added: 0,
    updated: 0,
    suspended: 0,
    deleted: 0,
  };
  await addNewNotes(ctx, plan.add, out);
  await updateNotes(ctx, plan, out);
  let toSuspend = plan.suspend;
  if (plan.delete.length > 0) {
    const confirmed = (await options.confirmDelete?.(plan.delete.length)) ?? false;
    if (confirmed) await deleteStale(ctx, plan.delete, out);
    else toSuspend = [...plan.suspend, ...plan.delete];
  }
  await suspendStale(ctx, toSuspend, out);
  return out;
}

/**
 * Pushes eligible atoms to Anki: creates the note types and decks, adds new notes, updates
 * changed ones, suspends (or, confirmed, deletes) notes of removed atoms, and stores the links.
 */
export async function pushToAnki(
  db: Database,
  client: AnkiClient,
  options: PushOptions,
): Promise<PushResult> {
  const {sql} = db;
  const run = async (runId: string | null): Promise<PushResult> => {
    options.onProgress({type: 'phase', phase: 'Reading atoms'});
    const rows = await findAnkiPushCandidates(sql);
    const desired = rows.map((row) => desiredNote(row, options.settings));
    options.onProgress({type: 'phase', phase: 'Comparing with Anki'});
    const {plan, missingLinks} = await buildPlan(client, desired, options);
    const base = {
      plan: planCounts(plan),
      createdNoteTypes: [] as string[],
      createdDecks: [] as string[],
      missingInAnki: missingLinks,
    };
    // Checked on every push: a conflicting type must stop it even with nothing to add.
    const missingTypes = await checkNoteTypes(client);
    if (runId === null) {
      const requests = client.stats().total;
      return {
        ...base,
        dryRun: true,
        added: 0,
        updated: 0,
        suspended: 0,
        deleted: 0,
        failures: [],
        requests,
      };
    }
    if (plan.add.length + plan.update.length > 0) {
      base.createdNoteTypes = await createNoteTypes(client, missingTypes);
    }
    const decks = [
      ...plan.add.map((d) => d.note.deckName),
      ...plan.update.flatMap((u) => u.deck ?? []),
    ];
    base.createdDecks = await ensureDecks(client, decks);
    const out = await applyPlan(
      {client, url: options.url, onProgress: options.onProgress},
      plan,
      options,
    );
    await writeAnkiLinks(sql, out.links, options.now);
    await clearAnkiLinks(sql, out.unlink, options.now);
    const {links: _links, unlink: _unlink, ...counts} = out;
    return {...base, ...counts, dryRun: false, requests: client.stats().total};
  };
  if (options.dryRun) return run(null);
  return withSyncLock(db, async () => {
    const runId = await startSyncRun(sql, 'anki_push', {deleteStale: options.deleteStale === true});
    try {
      const result = await run(runId);
      await completeSyncRun(
        sql,
        runId,
        {
          processed: result.plan.add + result.plan.update + result.plan.unchanged,
          added: result.added,
          updated: result.updated,
          removed: result.suspended + result.deleted,
        },
        {...result, failures: result.failures.slice(0, 50), failed: result.failures.length},
      );
      return result;
    } catch (error) {
      await failSyncRun(sql, runId, error instanceof Error ? error.message : String(error));
      throw error;
    }
  });
}
