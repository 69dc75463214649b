import type {NearPair, ReviewProposalRow} from '../../db/cleaning-rows.js';
import {duplicateKey} from '../duplicate-key.js';
import type {GradedAtom} from './grade-step.js';
import {createUnionFind} from './union-find.js';

/** Duplicate groups found and the merge proposals to queue. */
export interface DedupePlan {
  /** Groups of two or more atoms; the first id of each is the atom kept. */
  readonly groups: string[][];
  /** Atoms that would be merged away (group members other than the kept one). */
  readonly duplicates: number;
  readonly proposals: ReviewProposalRow[];
  /** Duplicates skipped because they already have a merge proposal (any status). */
  readonly alreadyProposed: number;
}

// Best first: higher score, then linked to Anki (keeps review history), then older, then id.
function better(a: GradedAtom, b: GradedAtom): number {
  return (
    b.report.score0to100 - a.report.score0to100 ||
    Number(b.row.anki_note_id !== null) - Number(a.row.anki_note_id !== null) ||
    a.row.created_at.getTime() - b.row.created_at.getTime() ||
    (a.row.id < b.row.id ? -1 : a.row.id > b.row.id ? 1 : 0)
  );
}

function whyKept(kept: GradedAtom, other: GradedAtom): string {
  if (kept.report.score0to100 !== other.report.score0to100) return 'better-graded';
  if (kept.row.anki_note_id !== null && other.row.anki_note_id === null) return 'Anki-linked';
  return 'older';
}

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Exact duplicates: each atom's duplicate key, and pairs of atoms that share one. */
export interface ExactDuplicates {
  readonly keys: ReadonlyMap<string, string>;
  readonly pairs: readonly (readonly [string, string])[];
}

// Keys are computed this many atoms at a time, with the event loop free in between.
const keySlice = 4096;

/**
 * The duplicate key of every atom (same type and text after {@link duplicateKey}). It runs in
 * slices so the database writes started before it keep flowing: at 100,000 atoms it is half a
 * second that would otherwise sit after the writes.
 */
export async function findExactDuplicates(atoms: readonly GradedAtom[]): Promise<ExactDuplicates> {
  const keys = new Map<string, string>();
  const firstByKey = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (let start = 0; start < atoms.length; start += keySlice) {
    if (start > 0) await new Promise<void>((resolve) => setImmediate(resolve));
    for (const atom of atoms.slice(start, start + keySlice)) {
      const key = `${atom.row.atom_type}\u0001${duplicateKey(atom.front)}`;
      keys.set(atom.row.id, key);
      const first = firstByKey.get(key);
      if (first === undefined) firstByKey.set(key, atom.row.id);
      else pairs.push([first, atom.row.id]);
    }
  }
  return {keys, pairs};
}

/**
 * Groups exact duplicates and near duplicates (trigram pairs) transitively, keeps the best atom
 * of each group and proposes merging every other one into it.
 */
export function planDedupe(
  atoms: readonly GradedAtom[],
  exact: ExactDuplicates,
  nearPairs: readonly NearPair[],
  alreadyProposed: ReadonlySet<string>,
  batchId: string,
): DedupePlan {
  const byId = new Map(atoms.map((atom) => [atom.row.id, atom]));
  const {keys} = exact;
  const sets = createUnionFind();
  for (const [first, other] of exact.pairs) sets.union(first, other);
  const similarity = new Map<string, number>();
  for (const pair of nearPairs) {
    if (!byId.has(pair.a_id) || !byId.has(pair.b_id)) continue;
    sets.union(pair.a_id, pair.b_id);
    similarity.set(pairKey(pair.a_id, pair.b_id), pair.similarity);
  }
  const groups: string[][] = [];
  const proposals: ReviewProposalRow[] = [];
  let alreadyCount = 0;
  let duplicates = 0;
  for (const ids of sets.groups()) {
    const members = ids.map((id) => byId.get(id)!).sort(better);
    const kept = members[0]!;
    groups.push(members.map((member) => member.row.id));
    for (const dup of members.slice(1)) {
      duplicates += 1;
      if (alreadyProposed.has(dup.row.id)) {
        alreadyCount += 1;
        continue;
      }
      const exact = keys.get(dup.row.id) === keys.get(kept.row.id);
      const sim = similarity.get(pairKey(dup.row.id, kept.row.id));
      const how = exact
        ? 'exact duplicate (same question text)'
        : sim === undefined
          ? 'near duplicate through similar cards in the group'
          : `near duplicate (trigram similarity ${sim.toFixed(2)})`;
      proposals.push({
        atom_type: dup.row.atom_type,
        front: kept.front,
        back: kept.row.back,
        concept_id: dup.row.concept_id,
        module_id: dup.row.module_id,
        original_front: dup.front,
        original_back: dup.row.back,
        original_atom_id: dup.row.id,
        source: 'duplicate_merge',
        batch_id: batchId,
        quality_score: kept.report.qualityScore,
        ai_confidence: null,
        rewrite_reason: `${how} of atom ${kept.row.id} in a group of ${members.length}; keeping that ${whyKept(kept, dup)} card (grade ${kept.report.grade}) and removing this one.`,
        content: kept.row.content,
      });
    }
  }
  return {groups, duplicates, proposals, alreadyProposed: alreadyCount};
}
