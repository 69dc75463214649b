import {randomUuid, seededRandom} from '../../../source/demo/seeded-random.js';
import {padded} from './vocabulary.js';

/** Options for {@link syntheticReviewQueue}. */
export interface ReviewQueueOptions {
  /** Item n was queued n seconds before this. */
  now: Date;
  /** Every splitEvery-th item is a two-card split (one group, two rows); 0 for no splits. */
  splitEvery?: number;
}

/** A weak atom and the pending Gemini rewrites of it (one group per atom). */
export interface SyntheticReviewQueue {
  atoms: {id: string; card_id: string; front: string; back: string; quality_score: number}[];
  items: {
    id: string;
    front: string;
    back: string;
    original_front: string;
    original_back: string;
    original_atom_id: string;
    status: 'pending';
    source: 'gemini';
    batch_id: string;
    quality_score: number;
    ai_confidence: number;
    rewrite_reason: string;
    created_at: Date;
  }[];
}

/**
 * `count` pending review groups, one per weak atom (quality 0.40), in 20 batches, with the texts
 * the review benches' SQL always wrote; the seed draws the ids and the proposals' scores
 * (0.40–1.00); with `splitEvery` k, every k-th group holds two cards. So the queue has
 * `count` pending groups and count + ⌊count / k⌋ pending rows.
 */
export function syntheticReviewQueue(
  count: number,
  seed: number,
  options: ReviewQueueOptions,
): SyntheticReviewQueue {
  const random = seededRandom(seed);
  const splitEvery = options.splitEvery ?? 0;
  const atoms: SyntheticReviewQueue['atoms'] = [];
  const items: SyntheticReviewQueue['items'] = [];
  for (let n = 1; n <= count; n++) {
    const atom = {
      id: randomUuid(random),
      card_id: `SYN-${padded(n, count)}`,
      front: `Question ${n} about routing, switching and addressing?`,
      back: `An answer with several facts ${n}`,
      quality_score: 0.4,
    };
    atoms.push(atom);
    const isSplit = splitEvery > 0 && n % splitEvery === 0;
    for (let card = 1; card <= (isSplit ? 2 : 1); card++) {
      items.push({
        id: randomUuid(random),
        front: `Rewritten question ${n}${isSplit ? `-${card}` : ''} about routing?`,
        back: `Answer ${n}`,
        original_front: atom.front,
        original_back: atom.back,
        original_atom_id: atom.id,
        status: 'pending',
        source: 'gemini',
        batch_id: `batch-${n % 20}`,
        quality_score: (40 + Math.floor(random() * 61)) / 100,
        ai_confidence: 0.8,
        rewrite_reason: isSplit ? 'split' : 'clearer',
        created_at: new Date(options.now.getTime() - n * 1000),
      });
    }
  }
  return {atoms, items};
}
