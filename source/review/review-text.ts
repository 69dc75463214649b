import type {DecisionResult, ReviewItem, WritebackReport} from './review-types.js';

function oneLine(text: string | null, width: number): string {
  const flat = (text ?? '').replace(/\s+/g, ' ').trim();
  return flat.length > width ? `${flat.slice(0, width - 1)}…` : flat;
}

function score(value: number | null): string {
  return value === null ? '  –  ' : value.toFixed(2);
}

/** Plain-text lines describing one item for `nls review list`. */
export function describeItem(item: ReviewItem): string[] {
  const from = item.original
    ? `${item.original.grade ?? '?'} ${score(item.original.qualityScore)}`
    : 'no original';
  const to = `${item.cards[0]?.grade ?? '?'} ${score(item.qualityScore)}`;
  const head = `${item.ids[0]}  ${item.kind.padEnd(15)} ${item.status.padEnd(8)} ${from} → ${to}  ${item.source}${item.batchId ? ` ${item.batchId}` : ''}`;
  const lines = [head];
  if (item.original) lines.push(`    was: ${oneLine(item.original.front, 90)}`);
  for (const card of item.cards) {
    const extra = item.cards.length > 1 ? ` (${card.id.slice(0, 8)})` : '';
    lines.push(`    new${extra}: ${oneLine(card.front, 90)} — ${oneLine(card.back, 40)}`);
  }
  if (item.originalChanged) lines.push('    ! the original changed since this proposal');
  if (item.reviewerNotes) lines.push(`    note: ${oneLine(item.reviewerNotes, 90)}`);
  return lines;
}

/** What happened to Notion, in one sentence (empty when nothing Notion-sourced changed). */
export function describeWriteback(report: WritebackReport): string {
  if (report.mode === 'local') {
    return 'Notion is protected (PROTECT_NOTION): the change is local only.';
  }
  if (report.mode === 'written') return `Wrote ${report.written} card(s) back to Notion.`;
  if (report.mode === 'failed') {
    return `Notion write-back failed for ${report.failed.length} card(s) (the local change stays): ${report.failed[0]?.message ?? ''}`;
  }
  return '';
}

/** A one-line summary of a decision. */
export function describeDecision(result: DecisionResult): string {
  const verb = {approve: 'approved', reject: 'rejected', note: 'noted'}[result.action];
  const parts = [`${verb} ${result.queueIds.length} review row(s)`];
  if (result.updatedAtoms.length > 0) parts.push(`${result.updatedAtoms.length} card(s) rewritten`);
  if (result.createdAtoms.length > 0) parts.push(`${result.createdAtoms.length} new card(s)`);
  if (result.removedAtoms.length > 0)
    parts.push(`${result.removedAtoms.length} duplicate(s) removed`);
  const text = parts.join(', ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)} (decision ${result.decisionId}).`;
}
