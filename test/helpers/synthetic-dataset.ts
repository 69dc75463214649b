// The seeded synthetic dataset benches and tests share: same seed, same rows, at any size.
export {
  type SyntheticAnkiAtom,
  type SyntheticAnkiReview,
  syntheticAnkiAtoms,
  syntheticAnkiReviews,
} from './synthetic/anki-course.js';
export {
  type SyntheticCleaningLogEntry,
  type SyntheticSyncedAtom,
  syntheticCleaningLog,
  syntheticSyncedAtoms,
} from './synthetic/bulk-rows.js';
export {
  exactDuplicateShare,
  nearDuplicateShare,
  type SyntheticCleaningAtom,
  syntheticCleaningAtoms,
} from './synthetic/cleaning-atoms.js';
export {
  benchTreeShape,
  type ConceptTreeShape,
  type SyntheticConceptTree,
  syntheticConceptTree,
} from './synthetic/concept-tree.js';
export {insertConceptTree, insertReviewQueue} from './synthetic/insert-synthetic.js';
export {
  type ReviewQueueOptions,
  type SyntheticReviewQueue,
  syntheticReviewQueue,
} from './synthetic/review-queue.js';
