import type {CleaningAtomRow} from '../../db/cleaning-rows.js';
import {type NormalizeStep, normalizeFront} from '../normalize-front.js';

/** The normalised fronts (parallel to the input) and the writes they need. */
export interface NormalisePlan {
  readonly fronts: string[];
  readonly updates: {id: string; front: string; steps: readonly NormalizeStep[]}[];
}

/** Normalises question fronts (flashcard, mcq); other types keep their text. */
export function planNormalisation(rows: readonly CleaningAtomRow[]): NormalisePlan {
  const fronts: string[] = [];
  const updates: NormalisePlan['updates'] = [];
  for (const row of rows) {
    const result = normalizeFront(row.front, row.atom_type);
    fronts.push(result.front);
    if (result.changed) updates.push({id: row.id, front: result.front, steps: result.steps});
  }
  return {fronts, updates};
}
