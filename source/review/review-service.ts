import {type CleaningThresholds, DEFAULT_THRESHOLDS} from '../cleaning/thresholds.js';
import {
  countReviewGroups,
  countReviewStatuses,
  findGroupsOf,
  findReviewGroups,
  type QueueFilter,
} from '../db/review-rows.js';
import type {Sql, TransactionSql} from '../db/sql-client.js';
import {
  type FlashcardPropertyNames,
  flashcardPropertyNames,
  type NotionPageWriter,
  writeBackAtoms,
} from './notion-writeback.js';
import {
  approveInTransaction,
  type DecisionOutcome,
  journalDecision,
  noteInTransaction,
  rejectInTransaction,
} from './review-decisions.js';
import {groupReviewRows} from './review-items.js';
import type {
  CardText,
  DecisionResult,
  ReviewCounts,
  ReviewFilters,
  ReviewItem,
  ReviewPage,
  UndoResult,
  WritebackReport,
} from './review-types.js';
import {undoInTransaction} from './review-undo.js';

export type {NotionPageWriter} from './notion-writeback.js';

/** Dependencies of the review service. */
export interface ReviewServiceOptions {
  db: {sql: Sql};
  now: () => Date;
  /** Default true: approvals stay local. False writes approved text to the Notion pages. */
  protectNotion?: boolean;
  /** Needed for write-back (a NotionClient); without it write-back is reported as failed. */
  notion?: NotionPageWriter;
  /** `config.notion.properties.flashcards` (keys `front`, `back`). */
  flashcardProperties?: Readonly<Record<string, string>> | FlashcardPropertyNames;
  thresholds?: CleaningThresholds;
}

/** Review-queue triage: listing, decisions (each one transaction, journaled) and undo. */
export interface ReviewService {
  /** A page of items (groups), best proposal first then oldest. */
  list(filters?: ReviewFilters): Promise<ReviewPage>;
  /** The item that holds a queue row id, whatever its status. */
  get(id: string): Promise<ReviewItem | null>;
  /** Approves the groups of the given ids; `edits` replaces the text of single cards by id. */
  approve(
    ids: readonly string[],
    edits?: Readonly<Record<string, CardText>>,
  ): Promise<DecisionResult>;
  /** Rejects the groups of the given ids; the reason becomes the reviewer note. */
  reject(ids: readonly string[], reason?: string): Promise<DecisionResult>;
  /** Applies the reviewer's text to one card (its group is approved; that card ends `edited`). */
  edit(id: string, text: CardText): Promise<DecisionResult>;
  /** Sets a reviewer note on one item without deciding it. */
  note(id: string, text: string): Promise<DecisionResult>;
  /** Undoes the given decision, or the latest one still in force. */
  undo(decisionId?: string): Promise<UndoResult>;
  /** Queue size per status. */
  counts(): Promise<ReviewCounts>;
}

const defaultLimit = 50;

function toFilter(filters: ReviewFilters): QueueFilter {
  const status = filters.status ?? 'pending';
  return {
    statuses: status === 'all' ? null : [status],
    source: filters.source ?? null,
    batchId: filters.batchId ?? null,
  };
}

/** Queue size per status, from the database. */
async function countQueue(sql: ReviewServiceOptions['db']['sql']): Promise<ReviewCounts> {
  const rows = await countReviewStatuses(sql);
  const of = (status: string) => rows.find((r) => r.status === status);
  return {
    pending: of('pending')?.rows ?? 0,
    pendingGroups: of('pending')?.groups ?? 0,
    approved: of('approved')?.rows ?? 0,
    rejected: of('rejected')?.rows ?? 0,
    edited: of('edited')?.rows ?? 0,
  };
}

/** Creates the review service over an open database. */
export function createReviewService(options: ReviewServiceOptions): ReviewService {
  const {sql} = options.db;
  const thresholds = options.thresholds ?? DEFAULT_THRESHOLDS;
  const configured = options.flashcardProperties as Readonly<Record<string, string>> | undefined;
  const writeback = {
    protectNotion: options.protectNotion ?? true,
    notion: options.notion,
    properties: flashcardPropertyNames(configured),
  };
  const none: WritebackReport = {mode: 'none', written: 0, failed: []};

  async function decide(
    action: DecisionResult['action'],
    work: (tx: TransactionSql, now: Date) => Promise<DecisionOutcome>,
  ): Promise<DecisionResult> {
    const now = options.now();
    const {outcome, decisionId} = await sql.begin(async (tx) => {
      const made = await work(tx, now);
      return {outcome: made, decisionId: await journalDecision(tx, action, made, now)};
    });
    const changed = outcome.journal.textChanged;
    const notion =
      changed.length > 0
        ? await writeBackAtoms(sql, changed, writeback, {decisionId, now: options.now()})
        : none;
    const {journal: _journal, ...summary} = outcome;
    return {decisionId, action, ...summary, notion};
  }

  return {
    async list(filters = {}) {
      const filter = toFilter(filters);
      const limit = Math.max(1, filters.limit ?? defaultLimit);
      const offset = Math.max(0, filters.offset ?? 0);
      const [rows, total] = await Promise.all([
        findReviewGroups(sql, filter, {limit, offset}),
        countReviewGroups(sql, filter),
      ]);
      return {items: groupReviewRows(rows), total, offset, limit};
    },
    async get(id) {
      if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
      const [item] = groupReviewRows(await findGroupsOf(sql, [id]));
      return item ?? null;
    },
    approve(ids, edits = {}) {
      const map = new Map(Object.entries(edits));
      return decide('approve', (tx, now) => approveInTransaction(tx, ids, map, now, thresholds));
    },
    reject(ids, reason) {
      const note = reason?.trim() ? reason.trim() : null;
      return decide('reject', (tx) => rejectInTransaction(tx, ids, note));
    },
    edit(id, text) {
      return this.approve([id], {[id]: text});
    },
    note(id, text) {
      return decide('note', (tx) => noteInTransaction(tx, id, text.trim()));
    },
    async undo(decisionId) {
      const now = options.now();
      const outcome = await sql.begin((tx) => undoInTransaction(tx, decisionId ?? null, now));
      const notion =
        outcome.textChanged.length > 0
          ? await writeBackAtoms(sql, outcome.textChanged, writeback, {
              decisionId: outcome.decisionId,
              now: options.now(),
            })
          : none;
      const {textChanged: _changed, ...summary} = outcome;
      return {...summary, notion};
    },
    counts() {
      return countQueue(sql);
    },
  };
}
