import {createHash} from 'node:crypto';
import {describe, expect, it} from 'vitest';
import {
  exactDuplicateShare,
  nearDuplicateShare,
  syntheticAnkiAtoms,
  syntheticAnkiReviews,
  syntheticCleaningAtoms,
  syntheticCleaningLog,
  syntheticConceptTree,
  syntheticReviewQueue,
  syntheticSyncedAtoms,
} from '../helpers/synthetic-dataset.js';

const now = new Date('2025-06-01T00:00:00Z');
const counts = [0, 1, 2, 37, 1000];
const generators: Record<string, (count: number, seed: number) => unknown[]> = {
  cleaningAtoms: syntheticCleaningAtoms,
  syncedAtoms: syntheticSyncedAtoms,
  conceptTreeAtoms: (count, seed) => syntheticConceptTree(count, seed).atoms,
  reviewQueueItems: (count, seed) => syntheticReviewQueue(count, seed, {now}).items,
  ankiAtoms: syntheticAnkiAtoms,
  ankiReviews: (count, seed) => syntheticAnkiReviews(count, seed, {now}),
};

describe.each(Object.entries(generators))('%s', (_, generate) => {
  it('gives the same rows for the same seed and different rows for another', () => {
    expect(generate(200, 7)).toEqual(generate(200, 7));
    expect(generate(200, 7)).not.toEqual(generate(200, 8));
  });

  it.each(counts)('makes exactly %i rows', (count) => {
    expect(generate(count, 3)).toHaveLength(count);
  });
});

describe('cleaning atoms', () => {
  const atoms = syntheticCleaningAtoms(20_000, 42);

  it('are the rows the cleaning bench has always measured (seed 42)', () => {
    const digest = createHash('sha256')
      .update(JSON.stringify(atoms.slice(0, 5000)))
      .digest('hex');
    expect(digest).toBe('f6cc0ed979594a66b4a5f94175ab266edf4bc38e5f5d6b505d6e750c1773856a');
    expect(syntheticCleaningAtoms(5000, 42)).toEqual(atoms.slice(0, 5000));
  });

  it('repeat about 2 % of fronts exactly and 2 % nearly, and a sixth of the rest are cloze', () => {
    const seen = new Set<string>();
    let exact = 0;
    let near = 0;
    let fresh = 0;
    let cloze = 0;
    for (const atom of atoms) {
      const key = atom.front.toLowerCase();
      if (seen.has(key)) exact += 1;
      else if (atom.front.endsWith(' exactly?')) near += 1;
      else {
        fresh += 1;
        if (atom.atom_type === 'cloze') cloze += 1;
      }
      seen.add(key);
    }
    expect(exact / atoms.length).toBeCloseTo(exactDuplicateShare, 2);
    expect(near / atoms.length).toBeCloseTo(nearDuplicateShare, 2);
    expect(cloze / fresh).toBeCloseTo(1 / 6, 1);
    expect(atoms.filter((a) => a.atom_type === 'cloze').every((a) => a.back === '')).toBe(true);
  });
});

it('synced atoms carry the cleaning texts of the same seed, with unique ids and card ids', () => {
  const synced = syntheticSyncedAtoms(3000, 9);
  expect(synced.map(({front, back, atom_type}) => ({front, back, atom_type}))).toEqual(
    syntheticCleaningAtoms(3000, 9),
  );
  expect(new Set(synced.map((a) => a.id)).size).toBe(3000);
  expect(new Set(synced.map((a) => a.card_id)).size).toBe(3000);
  const log = syntheticCleaningLog(synced, 9);
  expect(log.map((entry) => entry.atomId)).toEqual(synced.map((a) => a.id));
  const prefixShare = log.filter((e) => e.operation === 'prefix_normalize').length / log.length;
  expect(prefixShare).toBeCloseTo(1 / 6, 1);
});

it('the concept tree spreads atoms evenly and names sort in display order', () => {
  const tree = syntheticConceptTree(10_000, 5);
  expect([tree.areas.length, tree.clusters.length, tree.concepts.length]).toEqual([10, 100, 1000]);
  expect(tree.areas.map((a) => a.name)).toEqual([...tree.areas.map((a) => a.name)].sort());
  expect(tree.areas[0]?.name).toBe('Area 01');
  expect(tree.concepts.at(-1)?.name).toBe('Concept 1000');
  const perConcept = new Map<string, number>();
  for (const atom of tree.atoms) {
    perConcept.set(atom.concept_id, (perConcept.get(atom.concept_id) ?? 0) + 1);
  }
  expect(new Set(perConcept.values())).toEqual(new Set([10]));
  const nonAtomic = tree.atoms.filter((a) => !a.is_atomic).length / tree.atoms.length;
  expect(nonAtomic).toBeCloseTo(1 / 7, 1);
});

it.each([
  [0, 10_000],
  [5, 12_000],
])('a review queue with splitEvery %i has 10,000 pending groups in %i rows', (k, rows) => {
  const queue = syntheticReviewQueue(10_000, 2, {now, splitEvery: k});
  expect(queue.atoms).toHaveLength(10_000);
  expect(queue.items).toHaveLength(rows);
  const groups = new Set(queue.items.map((i) => `${i.original_atom_id}/${i.batch_id}`));
  expect(groups.size).toBe(10_000);
  expect(queue.items.every((i) => i.status === 'pending')).toBe(true);
  expect(new Set(queue.items.map((i) => i.batch_id)).size).toBe(20);
  const scores = queue.items.map((i) => i.quality_score);
  expect(Math.min(...scores)).toBe(0.4);
  expect(Math.max(...scores)).toBe(1);
  expect(queue.items.every((i) => i.created_at < now)).toBe(true);
});

it('Anki atoms have unique fronts and card ids; reviews run oldest first within 30 days', () => {
  const atoms = syntheticAnkiAtoms(12, 4, 'FLT');
  expect(atoms.map((a) => a.cardId).slice(0, 2)).toEqual(['FLT-01', 'FLT-02']);
  expect(new Set(syntheticAnkiAtoms(5000, 4).map((a) => a.front)).size).toBe(5000);
  const reviews = syntheticAnkiReviews(2000, 4, {now, perCard: 5});
  for (const log of reviews) {
    expect(log).toHaveLength(5);
    const times = log.map((r) => r.at.getTime());
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(now.getTime() - times[0]!).toBeLessThanOrEqual(30 * 86_400_000);
  }
  const again = reviews.flat().filter((r) => r.rating === 1).length / (2000 * 5);
  expect(again).toBeCloseTo(1 / 6, 1);
});
