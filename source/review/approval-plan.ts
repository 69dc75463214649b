import {gradeCard, gradeColumns} from '../cleaning/grade-card.js';
import type {CleaningThresholds} from '../cleaning/thresholds.js';
import type {AtomTextUpdate, NewAtomRow, TriageAtomRow} from '../db/review-atom-rows.js';
import type {QueueRow} from '../db/review-rows.js';
import {UserError} from '../errors.js';
import type {CardText} from './review-types.js';

/** One group of pending queue rows and its original atom. */
export interface ApprovalGroup {
  rows: readonly QueueRow[];
  original: TriageAtomRow | null;
}

/** Where a queue row's approved card ends up: an existing atom, or a split atom by card id. */
export type AtomRef = {kind: 'atom'; id: string} | {kind: 'new'; cardId: string};

/** A queue row's outcome, before new atom ids are known. */
export interface PlannedQueueOutcome {
  id: string;
  status: 'approved' | 'edited';
  atom: AtomRef | null;
  reviewerNotes: string | null;
}

/** A planned cleaning_log entry, before new atom ids are known. */
export interface PlannedLog {
  atom: AtomRef;
  operation: 'ai_rewrite' | 'duplicate_merge';
  oldValue: unknown;
  newValue: unknown;
}

/** Everything an approval changes. */
export interface ApprovalPlan {
  atomUpdates: AtomTextUpdate[];
  newAtoms: NewAtomRow[];
  removals: string[];
  logs: PlannedLog[];
  queue: PlannedQueueOutcome[];
}

function graded(text: CardText, atomType: string, content: unknown, t: CleaningThresholds) {
  const report = gradeCard({front: text.front, back: text.back, atomType}, t);
  return {
    front: text.front,
    back: text.back,
    contentJson: content === null || content === undefined ? null : JSON.stringify(content),
    ...gradeColumns(report),
  };
}

/** The next free `<base>-s<n>` card id (n from 2: the original is card 1). */
function nextCardId(base: string, taken: Set<string>): string {
  for (let n = 2; ; n++) {
    const candidate = `${base}-s${n}`;
    if (!taken.has(candidate)) {
      taken.add(candidate);
      return candidate;
    }
  }
}

/** The prefix split card ids of an original get (for looking up taken ids). */
export function splitCardBase(group: ApprovalGroup): string {
  const row = group.rows[0];
  return group.original?.cardId ?? `ai-${(group.original?.id ?? row?.id ?? '').slice(0, 8)}`;
}

/** Adds approving one duplicate merge to the plan: the duplicate is removed, never rewritten. */
function planDuplicateMerge(
  group: ApprovalGroup,
  edits: ReadonlyMap<string, CardText>,
  now: Date,
  plan: ApprovalPlan,
): void {
  const {original} = group;
  if (edits.size > 0 && group.rows.some((r) => edits.has(r.id))) {
    throw new UserError('A duplicate merge has no text to edit', {
      hint: 'approve or reject the merge instead',
    });
  }
  if (original && original.removedAt === null) {
    plan.removals.push(original.id);
    plan.logs.push({
      atom: {kind: 'atom', id: original.id},
      operation: 'duplicate_merge',
      oldValue: {removed_at: null, front: original.front},
      newValue: {removed_at: now.toISOString(), reason: group.rows[0]?.rewriteReason},
    });
  }
  for (const row of group.rows) {
    plan.queue.push({
      id: row.id,
      status: 'approved',
      atom: null,
      reviewerNotes: row.reviewerNotes,
    });
  }
}

/** Records that a group rewrites its original; a second group rewriting it is refused. */
function claimOriginal(original: ApprovalGroup['original'], rewritten: Set<string>): void {
  if (!original) return;
  if (rewritten.has(original.id)) {
    throw new UserError(`Two proposals rewrite the same card (${original.cardId ?? ''})`, {
      hint: 'approve one of them at a time',
    });
  }
  rewritten.add(original.id);
}

/**
 * Plans approving groups: a duplicate merge removes the duplicate; otherwise the first card
 * rewrites the original in place (keeping its Anki link) and further cards become new atoms of
 * the same concept, module and type. Edited cards end `edited`.
 */
export function planApproval(
  groups: readonly ApprovalGroup[],
  edits: ReadonlyMap<string, CardText>,
  takenCardIds: ReadonlySet<string>,
  now: Date,
  thresholds: CleaningThresholds,
): ApprovalPlan {
  const plan: ApprovalPlan = {atomUpdates: [], newAtoms: [], removals: [], logs: [], queue: []};
  const taken = new Set(takenCardIds);
  const rewritten = new Set<string>();
  for (const group of groups) {
    const {original} = group;
    if (group.rows[0]?.source === 'duplicate_merge') {
      planDuplicateMerge(group, edits, now, plan);
      continue;
    }
    claimOriginal(original, rewritten);
    const base = splitCardBase(group);
    group.rows.forEach((row, index) => {
      const edit = edits.get(row.id);
      const text = edit ?? {front: row.front, back: row.back};
      const atomType = original?.atomType ?? row.atomType;
      const card = graded(text, atomType, row.content, thresholds);
      let ref: AtomRef;
      if (index === 0 && original) {
        ref = {kind: 'atom', id: original.id};
        plan.atomUpdates.push({id: original.id, ...card});
        plan.logs.push({
          atom: ref,
          operation: 'ai_rewrite',
          oldValue: {front: original.front, back: original.back},
          newValue: {
            front: card.front,
            back: card.back,
            quality_score: card.qualityScore,
            review_id: row.id,
            edited: edit !== undefined,
          },
        });
      } else {
        const cardId = nextCardId(base, taken);
        ref = {kind: 'new', cardId};
        plan.newAtoms.push({
          ...card,
          cardId,
          atomType,
          conceptId: original?.conceptId ?? row.conceptId,
          moduleId: original?.moduleId ?? row.moduleId,
          batchId: row.batchId,
        });
        plan.logs.push({
          atom: ref,
          operation: 'ai_rewrite',
          oldValue: null,
          newValue: {
            front: card.front,
            back: card.back,
            quality_score: card.qualityScore,
            review_id: row.id,
            split_from: original?.id ?? null,
            edited: edit !== undefined,
          },
        });
      }
      plan.queue.push({
        id: row.id,
        status: edit ? 'edited' : 'approved',
        atom: ref,
        reviewerNotes: row.reviewerNotes,
      });
    });
  }
  return plan;
}
