import type {CleanedAtom} from './grade-step.js';

const compareText = (a: string | null, b: string | null) =>
  a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1;

/**
 * The last tie-break between two atoms: the Notion CardID, which identical syncs share, and only
 * for cards without one the uuid (random per row, so it must not decide between synced cards).
 */
export function stableTieBreak(a: CleanedAtom, b: CleanedAtom): number {
  return compareText(a.cardId, b.cardId) || compareText(a.id, b.id);
}
