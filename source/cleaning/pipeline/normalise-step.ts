import type {CleaningAtomRow, CleaningLogEntry} from '../../db/cleaning-rows.js';
import {normalizeFront} from '../normalize-front.js';

/** The normalised fronts (parallel to the input) and the writes they need. */
export interface NormalisePlan {
  readonly fronts: string[];
  readonly updates: {id: string; front: string}[];
  readonly logs: CleaningLogEntry[];
}

/** Normalises question fronts (flashcard, mcq); other types keep their text. */
export function planNormalisation(rows: readonly CleaningAtomRow[]): NormalisePlan {
  const fronts: string[] = [];
  const updates: {id: string; front: string}[] = [];
  const logs: CleaningLogEntry[] = [];
  for (const row of rows) {
    const result = normalizeFront(row.front, row.atom_type);
    fronts.push(result.front);
    if (!result.changed) continue;
    updates.push({id: row.id, front: result.front});
    logs.push({
      atomId: row.id,
      operation: 'prefix_normalize',
      oldValue: {front: row.front},
      newValue: {front: result.front, steps: result.steps},
    });
  }
  return {fronts, updates, logs};
}
