import {
  countLaterOverlappingDecisions,
  deleteRowsById,
  lockDecision,
  markDecisionUndone,
  restoreRows,
} from '../db/review-journal-rows.js';
import type {TransactionSql} from '../db/sql-client.js';
import {UserError} from '../errors.js';

/** What an undo restored, for the caller's summary and write-back. */
export interface UndoOutcome {
  decisionId: string;
  action: string;
  queueIds: string[];
  restoredAtoms: string[];
  deletedAtoms: string[];
  textChanged: string[];
}

function isForeignKeyViolation(error: unknown): boolean {
  return (error as {code?: unknown} | null)?.code === '23503';
}

/**
 * Undoes a decision (the latest one in force when `id` is null): rows it changed get their
 * before-images back, rows it inserted are deleted, and the decision is marked undone.
 */
export async function undoInTransaction(
  tx: TransactionSql,
  id: string | null,
  now: Date,
): Promise<UndoOutcome> {
  const decision = await lockDecision(tx, id);
  if (!decision) {
    throw new UserError(id === null ? 'Nothing to undo' : `No review decision ${id}`);
  }
  if (decision.undoneAt !== null) {
    throw new UserError(`Review decision ${decision.id} was already undone`);
  }
  if ((await countLaterOverlappingDecisions(tx, decision)) > 0) {
    throw new UserError('A later decision changed the same review items', {
      hint: 'undo the later decision first',
    });
  }
  const {journal} = decision;
  await deleteRowsById(tx, 'cleaning_log', journal.inserted.cleaningLog);
  // The queue rows point at split atoms; restore them before those atoms are deleted.
  await restoreRows(tx, 'review_queue', journal.reviewQueue);
  try {
    await deleteRowsById(tx, 'learning_atoms', journal.inserted.learningAtoms);
  } catch (error) {
    if (!isForeignKeyViolation(error)) throw error;
    throw new UserError('A card this decision created is now referenced elsewhere', {
      hint: 'the split cards were synced or studied since; edit them instead of undoing',
      cause: error,
    });
  }
  await restoreRows(tx, 'learning_atoms', journal.learningAtoms);
  await markDecisionUndone(tx, decision.id, now);
  return {
    decisionId: decision.id,
    action: decision.action,
    queueIds: decision.queueIds,
    restoredAtoms: journal.learningAtoms.map((row) => String(row.id)),
    deletedAtoms: journal.inserted.learningAtoms,
    textChanged: journal.textChanged,
  };
}
