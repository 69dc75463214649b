import type {CleaningThresholds} from '../cleaning/thresholds.js';
import {
  findCardIdsStartingWith,
  insertCleaningLogs,
  insertSplitAtoms,
  lockAtoms,
  markAtomsRemoved,
  updateAtomTexts,
} from '../db/review-atom-rows.js';
import {type DecisionJournal, insertDecision} from '../db/review-journal-rows.js';
import {lockQueueRows, type QueueRow, updateQueueDecisions} from '../db/review-rows.js';
import type {TransactionSql} from '../db/sql-client.js';
import {UserError} from '../errors.js';
import {type ApprovalGroup, type AtomRef, planApproval, splitCardBase} from './approval-plan.js';
import type {CardText} from './review-types.js';

/** A decision made inside a transaction, before its journal id is known. */
export interface DecisionOutcome {
  queueIds: string[];
  updatedAtoms: string[];
  createdAtoms: string[];
  removedAtoms: string[];
  journal: DecisionJournal;
}

type Locked = Awaited<ReturnType<typeof lockQueueRows>>;

function itemHint(): string {
  return 'run `nls review list --status all` to see the items and their ids';
}

/** Locks the rows (whole groups when deciding); fails on unknown or, if asked, decided ids. */
async function lockRequested(
  tx: TransactionSql,
  ids: readonly string[],
  options: {wholeGroups: boolean; pendingOnly: boolean},
): Promise<Locked> {
  if (ids.length === 0) throw new UserError('No review item given', {hint: itemHint()});
  const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
  const malformed = ids.find((id) => !uuid.test(id));
  if (malformed !== undefined) {
    throw new UserError(`"${malformed}" is not a review item id`, {hint: itemHint()});
  }
  const rows = await lockQueueRows(tx, ids, options.wholeGroups);
  for (const id of ids) {
    const row = rows.find((r) => r.id === id);
    if (!row) throw new UserError(`No review item ${id}`, {hint: itemHint()});
    if (options.pendingOnly && (row.status ?? 'pending') !== 'pending') {
      throw new UserError(`Review item ${id} is already ${row.status}`, {
        hint: 'undo that decision first (u in the review screen)',
      });
    }
  }
  return options.pendingOnly ? rows.filter((r) => (r.status ?? 'pending') === 'pending') : rows;
}

function groupRows(rows: Locked): Locked[] {
  const groups = new Map<string, Locked>();
  for (const row of rows) {
    const list = groups.get(row.groupKey);
    if (list) list.push(row);
    else groups.set(row.groupKey, [row]);
  }
  return [...groups.values()];
}

function journalOf(rows: Locked): DecisionJournal {
  return {
    reviewQueue: rows.map((r) => r.image),
    learningAtoms: [],
    inserted: {learningAtoms: [], cleaningLog: []},
    textChanged: [],
  };
}

/** Approves groups (edited cards end `edited`) in the caller's transaction. */
export async function approveInTransaction(
  tx: TransactionSql,
  ids: readonly string[],
  edits: ReadonlyMap<string, CardText>,
  now: Date,
  thresholds: CleaningThresholds,
): Promise<DecisionOutcome> {
  const rows = await lockRequested(tx, ids, {wholeGroups: true, pendingOnly: true});
  for (const [id, text] of edits) {
    if (!rows.some((r) => r.id === id)) throw new UserError(`No pending review item ${id}`);
    if (text.front.trim() === '') throw new UserError('An edited card needs a front');
  }
  const originalIds = [...new Set(rows.flatMap((r) => r.originalAtomId ?? []))];
  const atoms = await lockAtoms(tx, originalIds);
  const groups: ApprovalGroup[] = groupRows(rows).map((list) => ({
    rows: list as QueueRow[],
    original: atoms.find((a) => a.id === list[0]?.originalAtomId) ?? null,
  }));
  const bases = groups.filter((g) => g.rows.length > 1).map((g) => `${splitCardBase(g)}-s`);
  const taken = await findCardIdsStartingWith(tx, bases);
  const plan = planApproval(groups, edits, taken, now, thresholds);

  await updateAtomTexts(tx, plan.atomUpdates, now);
  const created = await insertSplitAtoms(tx, plan.newAtoms, now);
  await markAtomsRemoved(tx, plan.removals, now);
  const resolve = (ref: AtomRef): string => {
    if (ref.kind === 'atom') return ref.id;
    const id = created.get(ref.cardId);
    if (!id) throw new Error(`split atom ${ref.cardId} was not created`);
    return id;
  };
  const logIds = await insertCleaningLogs(
    tx,
    plan.logs.map((log) => ({...log, atomId: resolve(log.atom)})),
    now,
  );
  await updateQueueDecisions(
    tx,
    plan.queue.map((q) => ({
      id: q.id,
      status: q.status,
      approvedAt: now,
      approvedAtomId: q.atom ? resolve(q.atom) : null,
      reviewerNotes: q.reviewerNotes,
    })),
  );
  const journal = journalOf(rows);
  journal.learningAtoms = atoms.map((a) => a.image);
  journal.inserted = {learningAtoms: [...created.values()], cleaningLog: logIds};
  journal.textChanged = plan.atomUpdates.map((u) => u.id);
  return {
    queueIds: rows.map((r) => r.id),
    updatedAtoms: plan.atomUpdates.map((u) => u.id),
    createdAtoms: [...created.values()],
    removedAtoms: plan.removals,
    journal,
  };
}

/** Rejects groups (the original atoms stay as they are); the reason becomes the note. */
export async function rejectInTransaction(
  tx: TransactionSql,
  ids: readonly string[],
  reason: string | null,
): Promise<DecisionOutcome> {
  const rows = await lockRequested(tx, ids, {wholeGroups: true, pendingOnly: true});
  await updateQueueDecisions(
    tx,
    rows.map((r) => ({
      id: r.id,
      status: 'rejected',
      approvedAt: null,
      approvedAtomId: null,
      reviewerNotes: reason ?? r.reviewerNotes,
    })),
  );
  return {
    queueIds: rows.map((r) => r.id),
    updatedAtoms: [],
    createdAtoms: [],
    removedAtoms: [],
    journal: journalOf(rows),
  };
}

/** Sets one item's reviewer note, whatever its status. */
export async function noteInTransaction(
  tx: TransactionSql,
  id: string,
  text: string,
): Promise<DecisionOutcome> {
  const rows = await lockRequested(tx, [id], {wholeGroups: false, pendingOnly: false});
  await updateQueueDecisions(
    tx,
    rows.map((r) => ({
      id: r.id,
      status: r.status ?? 'pending',
      approvedAt: r.approvedAt,
      approvedAtomId: r.approvedAtomId,
      reviewerNotes: text === '' ? null : text,
    })),
  );
  return {
    queueIds: [id],
    updatedAtoms: [],
    createdAtoms: [],
    removedAtoms: [],
    journal: journalOf(rows),
  };
}

/** Journals a decision outcome; returns the decision id. */
export function journalDecision(
  tx: TransactionSql,
  action: string,
  outcome: DecisionOutcome,
  now: Date,
): Promise<string> {
  return insertDecision(tx, {
    queueIds: outcome.queueIds,
    action,
    journal: outcome.journal,
    now,
  });
}
