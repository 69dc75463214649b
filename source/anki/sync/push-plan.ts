import type {AnkiPushCandidateRow} from '../../db/anki-rows.js';
import {changedFields} from '../note-fields.js';
import type {AnkiNoteInfo} from '../notes-info.js';
import {isNlsTag, REMOVED_TAG} from '../tags.js';
import {type DesiredNote, REMOVED_MARK, type SkipReason} from './desired-note.js';

/** A live atom's desired note. */
export type LiveNote = Extract<DesiredNote, {kind: 'live'}>;

/** What must change on one existing note (empty parts mean "leave alone"). */
export interface NoteUpdate {
  desired: LiveNote;
  info: AnkiNoteInfo;
  /** All fields to write, or null when every field already matches. */
  fields: Record<string, string> | null;
  /** The deck to move the note's cards to, or null. */
  deck: string | null;
  addTags: string[];
  removeTags: string[];
  /** The note was suspended as removed and its atom is back. */
  unsuspend: boolean;
}

/** A removed atom whose note still exists in Anki. */
export interface StaleNote {
  atom: AnkiPushCandidateRow;
  info: AnkiNoteInfo;
}

/** Everything a push will do; counts of it are what `--dry-run` prints. */
export interface PushPlan {
  add: LiveNote[];
  update: NoteUpdate[];
  /** Notes that already match; their fingerprints are (re)stored without a request. */
  relink: NoteUpdate[];
  unchanged: number;
  /** Notes whose type differs from the atom's (Anki cannot convert them in place). */
  conflicts: NoteUpdate[];
  suspend: StaleNote[];
  delete: StaleNote[];
  /** Removed atoms whose note is already gone from Anki: only the link is cleared. */
  unlink: string[];
  skipped: Record<SkipReason, number>;
}

/** The stored note ids whose current state a push must read before deciding. */
export function noteIdsToInspect(desired: readonly DesiredNote[], deleteStale: boolean): number[] {
  const ids: number[] = [];
  for (const d of desired) {
    const noteId = d.atom.ankiNoteId;
    if (noteId === null) continue;
    if (d.kind === 'live' && d.atom.ankiPushedHash !== d.fingerprint) ids.push(noteId);
    if (d.kind === 'removed' && (deleteStale || d.atom.ankiPushedHash !== REMOVED_MARK)) {
      ids.push(noteId);
    }
  }
  return ids;
}

const lower = (tags: readonly string[]) => new Set(tags.map((t) => t.toLowerCase()));

/** Compares a desired note with the note Anki has. */
export function compareNote(desired: LiveNote, info: AnkiNoteInfo): NoteUpdate {
  const want = desired.note;
  const have = lower(info.tags);
  const wanted = lower(want.tags);
  return {
    desired,
    info,
    fields: changedFields(want.fields, info.fields).length > 0 ? want.fields : null,
    deck: desired.atom.ankiDeck === want.deckName ? null : want.deckName,
    addTags: want.tags.filter((t) => !have.has(t.toLowerCase())),
    removeTags: info.tags.filter((t) => isNlsTag(t) && !wanted.has(t.toLowerCase())),
    unsuspend: have.has(REMOVED_TAG),
  };
}

/** True when a comparison found nothing to send. */
export function isNoop(update: NoteUpdate): boolean {
  return (
    update.fields === null &&
    update.deck === null &&
    update.addTags.length === 0 &&
    update.removeTags.length === 0 &&
    !update.unsuspend
  );
}

/**
 * Decides add / update / unchanged / suspend / delete for every atom. `byId` holds the notes read
 * for {@link noteIdsToInspect}; `byKey` the nls notes in Anki that no atom links to yet, by CardID.
 */
export function planPush(
  desired: readonly DesiredNote[],
  byId: ReadonlyMap<number, AnkiNoteInfo>,
  byKey: ReadonlyMap<string, AnkiNoteInfo>,
  deleteStale: boolean,
): PushPlan {
  const plan: PushPlan = {
    add: [],
    update: [],
    relink: [],
    unchanged: 0,
    conflicts: [],
    suspend: [],
    delete: [],
    unlink: [],
    skipped: {needsReview: 0, lowQuality: 0, unscored: 0},
  };
  for (const d of desired) {
    const noteId = d.atom.ankiNoteId;
    if (d.kind === 'skipped') {
      plan.skipped[d.reason] += 1;
    } else if (d.kind === 'removed') {
      const stale = deleteStale || d.atom.ankiPushedHash !== REMOVED_MARK;
      if (!stale || noteId === null) continue;
      const info = byId.get(noteId);
      if (info === undefined) plan.unlink.push(d.atom.id);
      else (deleteStale ? plan.delete : plan.suspend).push({atom: d.atom, info});
    } else if (noteId !== null && d.atom.ankiPushedHash === d.fingerprint) {
      plan.unchanged += 1;
    } else {
      const info = (noteId === null ? undefined : byId.get(noteId)) ?? byKey.get(d.atom.cardKey);
      if (info === undefined) {
        plan.add.push(d);
        continue;
      }
      const update = compareNote(d, info);
      if (info.modelName !== d.note.modelName) plan.conflicts.push(update);
      else if (isNoop(update)) {
        plan.relink.push(update);
        plan.unchanged += 1;
      } else plan.update.push(update);
    }
  }
  return plan;
}

/** The counts `--dry-run` and the summary print. */
export interface PushPlanCounts {
  add: number;
  update: number;
  unchanged: number;
  suspend: number;
  delete: number;
  skipped: number;
  conflicts: number;
}

/** Summarises a plan as counts. */
export function planCounts(plan: PushPlan): PushPlanCounts {
  return {
    add: plan.add.length,
    update: plan.update.length,
    unchanged: plan.unchanged,
    suspend: plan.suspend.length,
    delete: plan.delete.length,
    skipped: plan.skipped.needsReview + plan.skipped.lowQuality + plan.skipped.unscored,
    conflicts: plan.conflicts.length,
  };
}
