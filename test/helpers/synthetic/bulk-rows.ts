import {randomUuid, seededRandom} from '../../../source/demo/seeded-random.js';
import {type SyntheticCleaningAtom, syntheticCleaningAtoms} from './cleaning-atoms.js';
import {padded} from './vocabulary.js';

/** A `learning_atoms` row as a Notion sync writes it (every column a bulk write sets). */
export type SyntheticSyncedAtom = SyntheticCleaningAtom & {
  id: string;
  notion_id: string;
  card_id: string;
  needs_review: boolean;
  source_hash: string;
  source: string;
  created_at: Date;
  updated_at: Date;
};

/** A `cleaning_log` entry as the cleaning pipeline hands it to the database. */
export type SyntheticCleaningLogEntry = {
  atomId: string;
  operation: 'atomicity_check' | 'prefix_normalize';
  oldValue: unknown;
  newValue: unknown;
};

// A second stream for ids and hashes, so the texts stay those of syntheticCleaningAtoms(seed).
const idStream = (seed: number) => seededRandom((seed ^ 0x5bd1e995) >>> 0);

/** The cleaning atoms of the same seed, with ids, card ids and sync columns added. */
export function syntheticSyncedAtoms(count: number, seed = 42): SyntheticSyncedAtom[] {
  const random = idStream(seed);
  const start = Date.UTC(2025, 0, 1);
  return syntheticCleaningAtoms(count, seed).map((atom, i) => {
    const at = new Date(start + i * 1000);
    return {
      ...atom,
      id: randomUuid(random),
      notion_id: randomUuid(random),
      card_id: `SYN-${padded(i + 1, count)}`,
      needs_review: random() < 0.1,
      source_hash: randomUuid(random).replaceAll('-', ''),
      source: 'notion',
      created_at: at,
      updated_at: at,
    };
  });
}

/**
 * One cleaning_log entry per atom, shaped like the pipeline's: a prefix normalisation for about
 * one atom in six, an atomicity check (old and new grade columns) for the rest.
 */
export function syntheticCleaningLog(
  atoms: readonly {id: string; front: string}[],
  seed = 42,
): SyntheticCleaningLogEntry[] {
  const random = seededRandom(seed);
  const score = () => Math.round(random() * 100) / 100;
  return atoms.map((atom) => {
    if (random() < 1 / 6) {
      return {
        atomId: atom.id,
        operation: 'prefix_normalize',
        oldValue: {front: `Q: ${atom.front}`},
        newValue: {front: atom.front, steps: ['strip_prefix']},
      };
    }
    const words = atom.front.split(' ').length;
    return {
      atomId: atom.id,
      operation: 'atomicity_check',
      oldValue: {quality_score: null, is_atomic: true, front_word_count: null},
      newValue: {
        quality_score: score(),
        is_atomic: random() < 0.8,
        front_word_count: words,
        back_word_count: 1 + Math.floor(random() * 30),
        atomicity_status: 'atomic',
        needs_review: false,
        grade: 'B',
        issues: random() < 0.3 ? ['long_back'] : [],
      },
    };
  });
}
