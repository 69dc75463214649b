import {setImmediate as pause} from 'node:timers/promises';
import type {AtomDetails, NearPair, ReviewProposalRow} from '../../db/cleaning-rows.js';
import {duplicateKey} from '../duplicate-key.js';
import type {CleanedAtom} from './grade-step.js';
import {stableTieBreak} from './stable-order.js';
import {createUnionFind} from './union-find.js';

/** One duplicate to merge into the atom its group keeps, and why. */
export interface PlannedMerge {
  readonly kept: CleanedAtom;
  readonly duplicate: CleanedAtom;
  readonly reason: string;
}

/** Duplicate groups found and the merges to propose. */
export interface DedupePlan {
  /** Groups of two or more atoms; the first id of each is the atom kept. */
  readonly groups: string[][];
  /** Atoms that would be merged away (group members other than the kept one). */
  readonly duplicates: number;
  readonly merges: PlannedMerge[];
  /** Duplicates skipped because they already have a merge proposal (any status). */
  readonly alreadyProposed: number;
}

// Best first: higher score, then linked to Anki (keeps review history), then older, then the
// CardID from Notion. Atoms of one sync share created_at, and their uuids are random: ordering
// by uuid made identical syncs keep different cards. The uuid only breaks ties of cards with no
// CardID.
function better(a: CleanedAtom, b: CleanedAtom): number {
  return (
    b.score - a.score ||
    Number(b.ankiLinked) - Number(a.ankiLinked) ||
    a.createdAt - b.createdAt ||
    stableTieBreak(a, b)
  );
}

// The rule that decided, in the order better() applies them.
function whyKept(kept: CleanedAtom, other: CleanedAtom): string {
  if (kept.score !== other.score) return 'it is better-graded';
  if (kept.ankiLinked !== other.ankiLinked) return 'it is Anki-linked (its review history stays)';
  if (kept.createdAt !== other.createdAt) return 'it is older';
  const tie = 'grade, Anki link and age are equal';
  if (kept.cardId !== other.cardId) return `${tie} and its CardID sorts first`;
  return `${tie}, neither has a CardID, and its id sorts first`;
}

const cardName = (atom: CleanedAtom) =>
  atom.cardId === null ? `atom ${atom.id}` : `card ${atom.cardId}`;

const pairKey = (a: string, b: string) => (a < b ? `${a} ${b}` : `${b} ${a}`);

/** Exact duplicates: pairs of atoms that share a duplicate key, and the key of each of them. */
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
export async function findExactDuplicates(atoms: readonly CleanedAtom[]): Promise<ExactDuplicates> {
  const keys = new Map<string, string>();
  const firstByKey = new Map<string, string>();
  const pairs: [string, string][] = [];
  for (let start = 0; start < atoms.length; start += keySlice) {
    if (start > 0) await pause();
    for (const atom of atoms.slice(start, start + keySlice)) {
      const key = `${atom.atomType}\u0001${duplicateKey(atom.front)}`;
      const first = firstByKey.get(key);
      if (first === undefined) {
        firstByKey.set(key, atom.id);
        continue;
      }
      // Only atoms with a twin keep their key: a map of every atom's would outlive this step.
      keys.set(first, key);
      keys.set(atom.id, key);
      pairs.push([first, atom.id]);
    }
  }
  return {keys, pairs};
}

/**
 * Groups exact duplicates and near duplicates (trigram pairs) transitively, keeps the best atom
 * of each group and proposes merging every other one into it.
 */
export function planDedupe(
  atoms: readonly CleanedAtom[],
  exact: ExactDuplicates,
  nearPairs: readonly NearPair[],
  alreadyProposed: ReadonlySet<string>,
): DedupePlan {
  const byId = new Map(atoms.map((atom) => [atom.id, atom]));
  const {keys} = exact;
  const sets = createUnionFind();
  for (const [first, other] of exact.pairs) sets.union(first, other);
  const similarity = new Map<string, number>();
  for (const pair of nearPairs) {
    if (!byId.has(pair.aId) || !byId.has(pair.bId)) continue;
    sets.union(pair.aId, pair.bId);
    similarity.set(pairKey(pair.aId, pair.bId), pair.similarity);
  }
  const groups: string[][] = [];
  const merges: PlannedMerge[] = [];
  let alreadyCount = 0;
  let duplicates = 0;
  for (const ids of sets.groups()) {
    const members = ids.map((id) => byId.get(id)!).sort(better);
    const kept = members[0]!;
    groups.push(members.map((member) => member.id));
    for (const duplicate of members.slice(1)) {
      duplicates += 1;
      if (alreadyProposed.has(duplicate.id)) {
        alreadyCount += 1;
        continue;
      }
      const key = keys.get(duplicate.id);
      const exact = key !== undefined && key === keys.get(kept.id);
      const sim = similarity.get(pairKey(duplicate.id, kept.id));
      const how = exact
        ? 'exact duplicate (same question text)'
        : sim === undefined
          ? 'near duplicate through similar cards in the group'
          : `near duplicate (trigram similarity ${sim.toFixed(2)})`;
      const reason = `${how} of ${cardName(kept)} in a group of ${members.length}; keeping that one (grade ${kept.grade}) because ${whyKept(kept, duplicate)}, and removing this one.`;
      merges.push({kept, duplicate, reason});
    }
  }
  return {groups, duplicates, merges, alreadyProposed: alreadyCount};
}

/** The atoms whose details the merge proposals copy. */
export function mergeDetailIds(merges: readonly PlannedMerge[]): string[] {
  return [...new Set(merges.flatMap(({kept, duplicate}) => [kept.id, duplicate.id]))];
}

/** One pending `duplicate_merge` review item per planned merge. */
export function mergeProposals(
  merges: readonly PlannedMerge[],
  details: ReadonlyMap<string, AtomDetails>,
  batchId: string,
): ReviewProposalRow[] {
  return merges.map(({kept, duplicate, reason}) => {
    const keptDetails = details.get(kept.id);
    const duplicateDetails = details.get(duplicate.id);
    return {
      atom_type: duplicate.atomType,
      front: kept.front,
      back: keptDetails?.back ?? null,
      concept_id: duplicateDetails?.conceptId ?? null,
      module_id: duplicateDetails?.moduleId ?? null,
      original_front: duplicate.front,
      original_back: duplicateDetails?.back ?? null,
      original_atom_id: duplicate.id,
      source: 'duplicate_merge',
      batch_id: batchId,
      quality_score: kept.qualityScore,
      ai_confidence: null,
      rewrite_reason: reason,
      content: keptDetails?.content ?? null,
    };
  });
}
