import {insertRows} from '../../../source/db/bulk-insert.js';
import type {Sql} from '../../../source/db/sql-client.js';
import type {SyntheticConceptTree} from './concept-tree.js';
import type {SyntheticReviewQueue} from './review-queue.js';

/** Inserts a concept tree level by level (foreign keys point up the tree). */
export async function insertConceptTree(sql: Sql, tree: SyntheticConceptTree): Promise<void> {
  await insertRows(sql, 'clean_concept_areas', tree.areas);
  await insertRows(sql, 'clean_concept_clusters', tree.clusters);
  await insertRows(sql, 'concepts', tree.concepts);
  await insertRows(sql, 'learning_atoms', tree.atoms);
}

/** Inserts a review queue: the original atoms, then the pending items that point at them. */
export async function insertReviewQueue(sql: Sql, queue: SyntheticReviewQueue): Promise<void> {
  await insertRows(sql, 'learning_atoms', queue.atoms);
  await insertRows(sql, 'review_queue', queue.items);
}
