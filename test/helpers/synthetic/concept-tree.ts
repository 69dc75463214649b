import {randomUuid, seededRandom} from '../../../source/demo/seeded-random.js';
import {padded} from './vocabulary.js';

/** How many of each level the tree has; atoms are spread evenly over the concepts. */
export interface ConceptTreeShape {
  areas: number;
  clusters: number;
  concepts: number;
}

/** Rows of a concept hierarchy (area → cluster → concept) with atoms under the concepts. */
export interface SyntheticConceptTree {
  areas: {id: string; name: string; display_order: number}[];
  clusters: {id: string; name: string; concept_area_id: string; display_order: number}[];
  concepts: {id: string; name: string; cluster_id: string}[];
  atoms: {
    id: string;
    front: string;
    back: string;
    atom_type: string;
    concept_id: string;
    quality_score: number;
    is_atomic: boolean;
  }[];
}

/** The shape the TUI bench scrolls: 10 areas, 100 clusters, 1,000 concepts. */
export const benchTreeShape: ConceptTreeShape = {areas: 10, clusters: 100, concepts: 1000};

/**
 * A concept tree named `Area 01`, `Cluster 001`, `Concept 0001`… (so name order is display
 * order); cluster i sits in area i mod areas, concept i in cluster i mod clusters and atom i in
 * concept i mod concepts, with the texts and scores the TUI bench's SQL always wrote (so its
 * frames stay comparable); the seed draws the ids. Every seventh atom is not atomic.
 */
export function syntheticConceptTree(
  atomCount: number,
  seed = 1,
  shape: ConceptTreeShape = benchTreeShape,
): SyntheticConceptTree {
  if ((atomCount > 0 && shape.concepts < 1) || shape.clusters < 1 || shape.areas < 1) {
    throw new RangeError(
      'a concept tree needs at least one area and cluster, and concepts for atoms',
    );
  }
  const random = seededRandom(seed);
  const range = (n: number) => Array.from({length: n}, (_, i) => i + 1);
  const areas = range(shape.areas).map((i) => ({
    id: randomUuid(random),
    name: `Area ${padded(i, shape.areas)}`,
    display_order: i,
  }));
  const clusters = range(shape.clusters).map((i) => ({
    id: randomUuid(random),
    name: `Cluster ${padded(i, shape.clusters)}`,
    concept_area_id: areas[i % areas.length]!.id,
    display_order: i,
  }));
  const concepts = range(shape.concepts).map((i) => ({
    id: randomUuid(random),
    name: `Concept ${padded(i, shape.concepts)}`,
    cluster_id: clusters[i % clusters.length]!.id,
  }));
  const atoms = range(atomCount).map((i) => ({
    id: randomUuid(random),
    front: `Question ${i} about something?`,
    back: `Answer ${i}`,
    atom_type: 'flashcard',
    concept_id: concepts[i % concepts.length]!.id,
    quality_score: (50 + (i % 50)) / 100,
    is_atomic: i % 7 !== 0,
  }));
  return {areas, clusters, concepts, atoms};
}
