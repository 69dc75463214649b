import {seededRandom} from '../../../source/demo/seeded-random.js';
import {aspects, backs, clozeTemplate, subjects, templates} from './vocabulary.js';

/** A `learning_atoms` row as the cleaning bench inserts it (ids come from the database). */
export type SyntheticCleaningAtom = {front: string; back: string; atom_type: string};

/** Share of atoms (after the first) that repeat an earlier front, lower-cased. */
export const exactDuplicateShare = 0.02;

/** Share of atoms (after the first) that are an earlier front ending in " exactly?". */
export const nearDuplicateShare = 0.02;

// A lexicon large enough that unrelated cards share few trigrams, as in a real course: the
// networking vocabulary plus made-up terms (names of tools, hosts, fields). Random letters
// spread over the trigram space the way a real vocabulary does; syllable soup would not.
function lexicon(random: () => number): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const words = new Set<string>([...subjects, ...aspects.flatMap((a) => a.split(' '))]);
  while (words.size < 20_000) {
    const length = 4 + Math.floor(random() * 6);
    let word = '';
    for (let k = 0; k < length; k++) word += letters[Math.floor(random() * letters.length)];
    words.add(word);
  }
  return [...words];
}

/**
 * Atoms for the cleaning pipeline: about 2 % exact and 2 % near duplicates of earlier fronts,
 * and a sixth of the rest cloze. The random calls run in the order the cleaning bench always
 * used, so seed 42 gives the rows its published figures were measured on.
 */
export function syntheticCleaningAtoms(count: number, seed = 42): SyntheticCleaningAtom[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const words = lexicon(random);
  const phrase = (n: number) => Array.from({length: n}, () => pick(words)).join(' ');
  const rows: SyntheticCleaningAtom[] = [];
  for (let i = 0; i < count; i++) {
    const roll = random();
    const earlier = rows.length > 0 ? rows[Math.floor(random() * rows.length)]! : undefined;
    let front: string;
    let type = 'flashcard';
    if (earlier && roll < exactDuplicateShare) {
      front = earlier.front.toLowerCase(); // exact duplicate after normalising
      type = earlier.atom_type;
    } else if (earlier && roll < exactDuplicateShare + nearDuplicateShare) {
      front = `${earlier.front.replace(/\?$/, '')} exactly?`;
      type = earlier.atom_type;
    } else {
      const index = Math.floor(random() * templates.length);
      front = templates[index]!(pick(subjects), phrase(2 + Math.floor(random() * 3)), phrase(2));
      if (index === clozeTemplate) type = 'cloze';
    }
    rows.push({front, back: type === 'cloze' ? '' : pick(backs), atom_type: type});
  }
  return rows;
}
