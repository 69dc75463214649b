import type {AnkiLinkUpdate} from '../../db/anki-rows.js';
import type {ProgressListener} from '../../progress/progress-events.js';
import {type AnkiClient, chunk, MAX_CHUNK} from '../client.js';
import {REMOVED_TAG} from '../tags.js';
import type {AnkiAction} from '../transport.js';
import {readNotesInfo} from './batched-reads.js';
import {REMOVED_MARK} from './desired-note.js';
import type {LiveNote, NoteUpdate, PushPlan, StaleNote} from './push-plan.js';

/** One atom whose note could not be written (the others went through). */
export interface PushFailure {
  cardKey: string;
  action: string;
  message: string;
}

/** What applying a plan did: the links to store and what failed. */
export interface ApplyResult {
  links: AnkiLinkUpdate[];
  unlink: string[];
  failures: PushFailure[];
  added: number;
  updated: number;
  suspended: number;
  deleted: number;
}

/** Where a plan is applied, and who hears about progress. */
export interface ApplyContext {
  client: AnkiClient;
  url: string;
  onProgress: ProgressListener;
}

const firstCard = (ids: readonly number[]) => (ids.length === 0 ? null : Math.min(...ids));

function linkFor(desired: LiveNote, noteId: number, cardId: number | null): AnkiLinkUpdate {
  return {
    atomId: desired.atom.id,
    noteId,
    cardId,
    deck: desired.note.deckName,
    hash: desired.fingerprint,
  };
}

/** Adds new notes (500 per `multi`), then reads their card ids in a few batched requests. */
export async function addNewNotes(ctx: ApplyContext, add: readonly LiveNote[], out: ApplyResult) {
  if (add.length === 0) return;
  const phase = 'Adding notes to Anki';
  ctx.onProgress({type: 'phase', phase, total: add.length});
  const added: Array<{desired: LiveNote; noteId: number}> = [];
  let done = 0;
  for (const part of chunk(add, MAX_CHUNK)) {
    const results = await ctx.client.addNotes(part.map((d) => d.note));
    results.forEach((result, index) => {
      const desired = part[index];
      if (desired === undefined) return;
      if (result.ok) added.push({desired, noteId: result.value});
      else
        out.failures.push({
          cardKey: desired.atom.cardKey,
          action: 'addNote',
          message: result.error.ankiMessage,
        });
    });
    done += part.length;
    ctx.onProgress({type: 'advance', phase, done, total: add.length});
  }
  const infos = await readNotesInfo(
    ctx.client,
    added.map((a) => a.noteId),
    {url: ctx.url},
  );
  const cards = new Map(infos.map((info) => [info.noteId, firstCard(info.cardIds)]));
  for (const {desired, noteId} of added) {
    out.links.push(linkFor(desired, noteId, cards.get(noteId) ?? null));
  }
  out.added += added.length;
}

/** The non-field changes of one note as `multi` sub-actions. */
function sideActions(update: NoteUpdate): AnkiAction[] {
  const {info} = update;
  const actions: AnkiAction[] = [];
  if (update.deck !== null && info.cardIds.length > 0) {
    actions.push({action: 'changeDeck', params: {cards: info.cardIds, deck: update.deck}});
  }
  if (update.addTags.length > 0) {
    actions.push({
      action: 'addTags',
      params: {notes: [info.noteId], tags: update.addTags.join(' ')},
    });
  }
  if (update.removeTags.length > 0) {
    const tags = update.removeTags.join(' ');
    actions.push({action: 'removeTags', params: {notes: [info.noteId], tags}});
  }
  if (update.unsuspend && info.cardIds.length > 0) {
    actions.push({action: 'unsuspend', params: {cards: info.cardIds}});
  }
  return actions;
}

/** Applies field, deck and tag changes; a note that fails keeps its old fingerprint (retried). */
export async function updateNotes(ctx: ApplyContext, plan: PushPlan, out: ApplyResult) {
  const failed = new Set<NoteUpdate>();
  const fail = (update: NoteUpdate, action: string, message: string) => {
    failed.add(update);
    out.failures.push({cardKey: update.desired.atom.cardKey, action, message});
  };
  const withFields = plan.update.filter((u) => u.fields !== null);
  if (withFields.length > 0) {
    ctx.onProgress({type: 'phase', phase: 'Updating notes in Anki', total: plan.update.length});
    const results = await ctx.client.updateNoteFields(
      withFields.map((u) => ({id: u.info.noteId, fields: u.fields ?? {}})),
    );
    results.forEach((result, index) => {
      const update = withFields[index];
      if (update !== undefined && !result.ok) {
        fail(update, 'updateNoteFields', result.error.ankiMessage);
      }
    });
  }
  const pending = plan.update
    .filter((u) => !failed.has(u))
    .flatMap((update) => sideActions(update).map((action) => ({update, action})));
  for (const part of chunk(pending, MAX_CHUNK)) {
    const results = await ctx.client.multi(part.map((p) => p.action));
    results.forEach((result, index) => {
      const item = part[index];
      if (item !== undefined && !result.ok)
        fail(item.update, item.action.action, result.error.ankiMessage);
    });
  }
  for (const update of [...plan.update, ...plan.relink]) {
    if (failed.has(update)) continue;
    out.links.push(linkFor(update.desired, update.info.noteId, firstCard(update.info.cardIds)));
  }
  out.updated += plan.update.length - failed.size;
  for (const conflict of plan.conflicts) {
    out.failures.push({
      cardKey: conflict.desired.atom.cardKey,
      action: 'updateNoteFields',
      message: `the Anki note is a "${conflict.info.modelName}" note but the atom needs "${conflict.desired.note.modelName}"; delete the note in Anki and push again`,
    });
  }
}

/** Suspends and tags the notes of removed atoms (their review history stays in Anki). */
export async function suspendStale(
  ctx: ApplyContext,
  stale: readonly StaleNote[],
  out: ApplyResult,
) {
  if (stale.length === 0) return;
  await ctx.client.suspend(stale.flatMap((s) => s.info.cardIds));
  await ctx.client.addTags(
    stale.map((s) => s.info.noteId),
    [REMOVED_TAG],
  );
  for (const {atom, info} of stale) {
    out.links.push({
      atomId: atom.id,
      noteId: info.noteId,
      cardId: null,
      deck: null,
      hash: REMOVED_MARK,
    });
  }
  out.suspended += stale.length;
}

/** Deletes the notes of removed atoms (only after the user confirmed). */
export async function deleteStale(
  ctx: ApplyContext,
  stale: readonly StaleNote[],
  out: ApplyResult,
) {
  if (stale.length === 0) return;
  await ctx.client.deleteNotes(stale.map((s) => s.info.noteId));
  out.unlink.push(...stale.map((s) => s.atom.id));
  out.deleted += stale.length;
}
