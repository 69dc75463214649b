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
    qualityScore: row.qualityScore,
    grade: gradeOf(row.qualityScore),
    status: toStatus(row.status),
    approvedAtomId: row.approvedAtomId,
    reviewerNotes: row.reviewerNotes,
  };
}

function kindOf(rows: readonly ListedQueueRow[]): ReviewKind {
  if (rows[0]?.source === 'duplicate_merge') return 'duplicate_merge';
  return rows.length > 1 ? 'split' : 'rewrite';
}

function toItem(rows: ListedQueueRow[]): ReviewItem {
  const first = rows[0]!;
  const hasAtom = first.originalAtomId !== null && first.atomFront !== null;
  const scores = rows.flatMap((r) => (r.qualityScore === null ? [] : [r.qualityScore]));
  const proposedFrom = {front: first.originalFront ?? '', back: first.originalBack};
  return {
    key: first.groupKey,
    ids: rows.map((r) => r.id),
    kind: kindOf(rows),
    source: first.source,
    batchId: first.batchId,
    status: toStatus(first.status),
    createdAt: new Date(Math.min(...rows.map((r) => r.createdAt.getTime()))),
    qualityScore: scores.length > 0 ? Math.max(...scores) : null,
    aiConfidence: first.aiConfidence,
    rewriteReason: first.rewriteReason,
    reviewerNotes: rows.find((r) => r.reviewerNotes !== null)?.reviewerNotes ?? null,
    original: hasAtom
      ? {
          atomId: first.originalAtomId!,
          cardId: first.atomCardId,
          notionId: first.atomNotionId,
          front: first.atomFront!,
          back: first.atomBack,
          qualityScore: first.atomQualityScore,
          grade: gradeOf(first.atomQualityScore),
          removedAt: first.atomRemovedAt,
        }
      : null,
    proposedFrom,
    originalChanged:
      hasAtom &&
      first.originalFront !== null &&
      (first.atomFront !== first.originalFront ||
        (first.atomBack ?? '') !== (first.originalBack ?? '')),
    cards: rows.map(toCard),
  };
}

/** Groups listed rows (already in display order, groups contiguous) into items. */
export function groupReviewRows(rows: readonly ListedQueueRow[]): ReviewItem[] {
  const groups = new Map<string, ListedQueueRow[]>();
  for (const row of rows) {
    const group = groups.get(row.groupKey);
    if (group) group.push(row);
    else groups.set(row.groupKey, [row]);
  }
  return [...groups.values()].map(toItem);
}
