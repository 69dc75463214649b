// Concept mastery from the current retrievability of its atoms. Retrievability already decays
// with time since the last review, so a concept can be judged without any history: if every
// atom was studied once but recall has since fallen, the concept is stale.

/** The three kinds of knowledge a concept is scored on. */
export type KnowledgeKind = 'declarative' | 'procedural' | 'application';

/** The `concepts.status` values. */
export type ConceptStatus = 'to_learn' | 'active' | 'reviewing' | 'mastered' | 'stale';

const kindByAtomType: Record<string, KnowledgeKind> = {
  flashcard: 'declarative',
  cloze: 'declarative',
  true_false: 'declarative',
  parsons: 'procedural',
  mcq: 'application',
  matching: 'application',
};

/** The knowledge kind an atom type tests (unknown types count as declarative). */
export function knowledgeKindOf(atomType: string): KnowledgeKind {
  return kindByAtomType[atomType] ?? 'declarative';
}

/** Score thresholds (0–10) for the status. */
export interface MasteryThresholds {
  /** Every kind the concept has must score at least this for `mastered`. */
  mastered: number;
  /** Any kind scoring below this makes a fully studied concept `stale`. */
  stale: number;
}

/** Mastered at 8.5 (recall ≥ 85 %); stale below 5 (recall more likely lost than kept). */
export const defaultMasteryThresholds: MasteryThresholds = {mastered: 8.5, stale: 5};

/** An atom of the concept and its current probability of recall (null = never studied). */
export interface MasteryAtom {
  atomType: string;
  retrievability: number | null;
}

/** Scores (0–10, 2 decimals, null when the concept has no atom of that kind) and status. */
export interface ConceptMastery {
  decScore: number | null;
  procScore: number | null;
  appScore: number | null;
  status: ConceptStatus;
  studiedAtoms: number;
  totalAtoms: number;
}

function score(atoms: MasteryAtom[], kind: KnowledgeKind): number | null {
  const ofKind = atoms.filter((atom) => knowledgeKindOf(atom.atomType) === kind);
  if (ofKind.length === 0) return null;
  // A never-studied atom is not known yet, so it counts as zero recall.
  const sum = ofKind.reduce((total, atom) => total + clampUnit(atom.retrievability ?? 0), 0);
  return Math.round((1000 * sum) / ofKind.length) / 100;
}

function clampUnit(value: number): number {
  return Number.isFinite(value) ? Math.min(1, Math.max(0, value)) : 0;
}

/**
 * Mastery of one concept. Status: `to_learn` when no atom was studied; `active` while some are
 * unstudied; once all are studied, `stale` if any kind < `stale`, `mastered` if every kind ≥
 * `mastered`, otherwise `reviewing`. A concept with no atoms stays `to_learn`.
 */
export function computeConceptMastery(
  atoms: readonly MasteryAtom[],
  thresholds: MasteryThresholds = defaultMasteryThresholds,
): ConceptMastery {
  const list = [...atoms];
  const decScore = score(list, 'declarative');
  const procScore = score(list, 'procedural');
  const appScore = score(list, 'application');
  const studiedAtoms = list.filter((atom) => atom.retrievability !== null).length;
  const present = [decScore, procScore, appScore].filter((value) => value !== null);
  let status: ConceptStatus;
  if (studiedAtoms === 0) status = 'to_learn';
  else if (studiedAtoms < list.length) status = 'active';
  else if (present.some((value) => value < thresholds.stale)) status = 'stale';
  else if (present.every((value) => value >= thresholds.mastered)) status = 'mastered';
  else status = 'reviewing';
  return {decScore, procScore, appScore, status, studiedAtoms, totalAtoms: list.length};
}
