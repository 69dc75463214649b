import {type Grade, gradeForScore} from '../cleaning/grade-card.js';
import type {ListedQueueRow} from '../db/review-rows.js';
import type {ReviewCard, ReviewItem, ReviewKind, ReviewStatus} from './review-types.js';

const statuses: readonly ReviewStatus[] = ['pending', 'approved', 'rejected', 'edited'];

/** A stored status as a known one (null and unknown values count as pending). */
export function toStatus(value: string | null): ReviewStatus {
  return statuses.find((s) => s === value) ?? 'pending';
}

function gradeOf(score: number | null): Grade | null {
  return score === null ? null : gradeForScore(score * 100);
}

function toCard(row: ListedQueueRow): ReviewCard {
  return {
    id: row.id,
    front: row.front,
    back: row.back,
    content: row.content,
    qualityScore: row.quality_score,
    grade: gradeOf(row.quality_score),
    status: toStatus(row.status),
    approvedAtomId: row.approved_atom_id,
    reviewerNotes: row.reviewer_notes,
  };
}

function kindOf(rows: readonly ListedQueueRow[]): ReviewKind {
  if (rows[0]?.source === 'duplicate_merge') return 'duplicate_merge';
  return rows.length > 1 ? 'split' : 'rewrite';
}

function toItem(rows: ListedQueueRow[]): ReviewItem {
  const first = rows[0]!;
  const hasAtom = first.original_atom_id !== null && first.atom_front !== null;
  const scores = rows.flatMap((r) => (r.quality_score === null ? [] : [r.quality_score]));
  const proposedFrom = {front: first.original_front ?? '', back: first.original_back};
  return {
    key: first.group_key,
    ids: rows.map((r) => r.id),
    kind: kindOf(rows),
    source: first.source,
    batchId: first.batch_id,
    status: toStatus(first.status),
    createdAt: new Date(Math.min(...rows.map((r) => r.created_at.getTime()))),
    qualityScore: scores.length > 0 ? Math.max(...scores) : null,
    aiConfidence: first.ai_confidence,
    rewriteReason: first.rewrite_reason,
    reviewerNotes: rows.find((r) => r.reviewer_notes !== null)?.reviewer_notes ?? null,
    original: hasAtom
      ? {
          atomId: first.original_atom_id!,
          cardId: first.atom_card_id,
          notionId: first.atom_notion_id,
          front: first.atom_front!,
          back: first.atom_back,
          qualityScore: first.atom_quality_score,
          grade: gradeOf(first.atom_quality_score),
          removedAt: first.atom_removed_at,
        }
      : null,
    proposedFrom,
    originalChanged:
      hasAtom &&
      first.original_front !== null &&
      (first.atom_front !== first.original_front ||
        (first.atom_back ?? '') !== (first.original_back ?? '')),
    cards: rows.map(toCard),
  };
}

/** Groups listed rows (already in display order, groups contiguous) into items. */
export function groupReviewRows(rows: readonly ListedQueueRow[]): ReviewItem[] {
  const groups = new Map<string, ListedQueueRow[]>();
  for (const row of rows) {
    const group = groups.get(row.group_key);
    if (group) group.push(row);
    else groups.set(row.group_key, [row]);
  }
  return [...groups.values()].map(toItem);
}
