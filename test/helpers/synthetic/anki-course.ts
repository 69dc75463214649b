import {seededRandom} from '../../../source/demo/seeded-random.js';
import {aspects, padded, subjects} from './vocabulary.js';

/** One note to push to Anki: a unique card id and front (Anki refuses duplicate fronts). */
export type SyntheticAnkiAtom = {cardId: string; front: string; back: string};

/** One review in an Anki card's log. */
export type SyntheticAnkiReview = {rating: 1 | 2 | 3 | 4; at: Date};

/**
 * `count` flashcards with card ids `PREFIX-01`…, each front unique (it carries its number); the
 * backs are one plain sentence, as the Anki bench always pushed.
 */
export function syntheticAnkiAtoms(
  count: number,
  seed: number,
  prefix = 'SYN',
): SyntheticAnkiAtom[] {
  const random = seededRandom(seed);
  return Array.from({length: count}, (_, i) => {
    const subject = subjects[Math.floor(random() * subjects.length)]!;
    const aspect = aspects[Math.floor(random() * aspects.length)]!;
    return {
      cardId: `${prefix}-${padded(i + 1, count)}`,
      front: `Question ${i + 1}: what does the ${aspect} of ${subject} do?`,
      back: `It carries answer ${i + 1} between the two hosts.`,
    };
  });
}

const dayMs = 86_400_000;

/**
 * A review log per card: `perCard` reviews, oldest first, spread over the 30 days before `now`;
 * about one answer in six is Again (1), one in ten Easy (4), the rest Good (3).
 */
export function syntheticAnkiReviews(
  count: number,
  seed: number,
  options: {now: Date; perCard?: number},
): SyntheticAnkiReview[][] {
  const random = seededRandom(seed);
  const perCard = options.perCard ?? 5;
  return Array.from({length: count}, () => {
    const daysAgo = Array.from({length: perCard}, () => 1 + random() * 29).sort((a, b) => b - a);
    return daysAgo.map((ago) => {
      const roll = random();
      const rating: SyntheticAnkiReview['rating'] = roll < 1 / 6 ? 1 : roll < 1 / 6 + 0.1 ? 4 : 3;
      return {rating, at: new Date(options.now.getTime() - Math.round(ago * dayMs))};
    });
  });
}
