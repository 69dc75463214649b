import type {Grade} from '../cleaning/grade-card.js';

/** Where a review item is in its life. */
export type ReviewStatus = 'pending' | 'approved' | 'rejected' | 'edited';

/** What kind of change an item proposes. */
export type ReviewKind = 'rewrite' | 'split' | 'duplicate_merge';

/** Card text a reviewer or the model supplies. */
export interface CardText {
  front: string;
  back: string | null;
}

/** Which items to list; defaults: pending, every source and batch, first 50. */
export interface ReviewFilters {
  status?: ReviewStatus | 'all';
  source?: string;
  batchId?: string;
  limit?: number;
  offset?: number;
}

/** One proposed card (one `review_queue` row). */
export interface ReviewCard {
  id: string;
  front: string;
  back: string | null;
  content: unknown;
  qualityScore: number | null;
  grade: Grade | null;
  status: ReviewStatus;
  approvedAtomId: string | null;
  reviewerNotes: string | null;
}

/** The original atom as it is now. */
export interface ReviewOriginal {
  atomId: string;
  cardId: string | null;
  notionId: string | null;
  front: string;
  back: string | null;
  qualityScore: number | null;
  grade: Grade | null;
  removedAt: Date | null;
}

/**
 * One decision unit: a one-card proposal, a split (several cards for the same original in the
 * same batch) or a duplicate merge. Text is raw: sanitise it before drawing.
 */
export interface ReviewItem {
  /** Stable group key (original atom or row id, plus batch). */
  key: string;
  /** Queue row ids of every card in the group; pass any of them to a decision. */
  ids: string[];
  kind: ReviewKind;
  source: string;
  batchId: string | null;
  /** The first card's status (a group is decided together). */
  status: ReviewStatus;
  createdAt: Date;
  /** Best proposed card's score (the list order). */
  qualityScore: number | null;
  aiConfidence: number | null;
  rewriteReason: string | null;
  reviewerNotes: string | null;
  /** The original atom now, or null when it no longer exists. */
  original: ReviewOriginal | null;
  /** The original text when the proposal was made. */
  proposedFrom: CardText;
  /** The original changed since the proposal (approving would overwrite that change). */
  originalChanged: boolean;
  cards: ReviewCard[];
}

/** A page of items. */
export interface ReviewPage {
  items: ReviewItem[];
  /** Items matching the filter in all pages. */
  total: number;
  offset: number;
  limit: number;
}

/** Queue size per status: rows and decision groups. */
export interface ReviewCounts {
  pending: number;
  pendingGroups: number;
  approved: number;
  rejected: number;
  edited: number;
}

/** What happened to Notion after a decision. */
export interface WritebackReport {
  /**
   * none: no Notion-sourced text changed; local: protection is on, nothing written; written:
   * every page updated; failed: at least one page could not be updated (the local change stays).
   */
  mode: 'none' | 'local' | 'written' | 'failed';
  written: number;
  failed: {atomId: string; message: string}[];
}

/** The result of a decision (approve, reject, edit, note). */
export interface DecisionResult {
  decisionId: string;
  action: 'approve' | 'reject' | 'note';
  queueIds: string[];
  updatedAtoms: string[];
  createdAtoms: string[];
  removedAtoms: string[];
  notion: WritebackReport;
}

/** The result of an undo. */
export interface UndoResult {
  decisionId: string;
  action: string;
  queueIds: string[];
  restoredAtoms: string[];
  deletedAtoms: string[];
  notion: WritebackReport;
}
