import type {TreeNode} from '../../components/tree-rows.js';
import type {AreaRow, ClusterRow, ConceptAtomRow, ConceptStatsRow} from '../../db/concept-rows.js';
import {markdownToPlain} from '../../text/markdown-plain.js';

/** What a tree node stands for. */
export type ConceptNodeData =
  | {kind: 'area' | 'cluster' | 'unfiled'; concepts: number; atoms: number}
  | {kind: 'concept'; concept: ConceptStatsRow}
  | {kind: 'atom'; atom: ConceptAtomRow; conceptId: string}
  | {kind: 'loading'};

/** A node of the concept tree. */
export type ConceptNode = TreeNode<ConceptNodeData>;

/** The hierarchy rows the tree is built from. */
export interface ConceptHierarchy {
  areas: readonly AreaRow[];
  clusters: readonly ClusterRow[];
  concepts: readonly ConceptStatsRow[];
}

/** Id of the root that holds concepts and clusters without a parent. */
export const UNFILED_ID = 'unfiled';

function conceptNode(
  concept: ConceptStatsRow,
  atoms: ReadonlyMap<string, readonly ConceptAtomRow[]>,
): ConceptNode {
  const loaded = atoms.get(concept.id);
  const children: ConceptNode[] = loaded
    ? loaded.map((atom) => ({
        id: `atom:${atom.id}`,
        label: `[${atom.atomType}] ${markdownToPlain(atom.front)}`,
        data: {kind: 'atom', atom, conceptId: concept.id},
      }))
    : concept.totalAtoms > 0
      ? [{id: `loading:${concept.id}`, label: 'loading…', data: {kind: 'loading'}}]
      : [];
  return {
    id: `concept:${concept.id}`,
    label: concept.name,
    children,
    data: {kind: 'concept', concept},
  };
}

function group(
  kind: 'area' | 'cluster' | 'unfiled',
  id: string,
  label: string,
  children: ConceptNode[],
): ConceptNode {
  let concepts = 0;
  let atoms = 0;
  for (const child of children) {
    if (child.data?.kind === 'concept') {
      concepts += 1;
      atoms += child.data.concept.totalAtoms;
    } else if (child.data?.kind === 'cluster') {
      concepts += child.data.concepts;
      atoms += child.data.atoms;
    }
  }
  return {id, label, children, data: {kind, concepts, atoms}};
}

/**
 * The tree area → cluster → concept → atoms. Concepts filed directly under an area follow its
 * clusters; clusters without an area and concepts without any parent go under "Unfiled".
 * A concept whose atoms are not loaded yet gets one `loading…` child so it can be expanded.
 */
export function buildConceptTree(
  hierarchy: ConceptHierarchy,
  atoms: ReadonlyMap<string, readonly ConceptAtomRow[]>,
): ConceptNode[] {
  const byCluster = new Map<string, ConceptNode[]>();
  const byArea = new Map<string, ConceptNode[]>();
  const orphans: ConceptNode[] = [];
  const clusterIds = new Set(hierarchy.clusters.map((cluster) => cluster.id));
  const areaIds = new Set(hierarchy.areas.map((area) => area.id));
  for (const concept of hierarchy.concepts) {
    const node = conceptNode(concept, atoms);
    if (concept.clusterId && clusterIds.has(concept.clusterId)) {
      byCluster.set(concept.clusterId, [...(byCluster.get(concept.clusterId) ?? []), node]);
    } else if (concept.conceptAreaId && areaIds.has(concept.conceptAreaId)) {
      byArea.set(concept.conceptAreaId, [...(byArea.get(concept.conceptAreaId) ?? []), node]);
    } else {
      orphans.push(node);
    }
  }
  const clustersOf = new Map<string, ConceptNode[]>();
  const orphanClusters: ConceptNode[] = [];
  for (const cluster of hierarchy.clusters) {
    const node = group(
      'cluster',
      `cluster:${cluster.id}`,
      cluster.name,
      byCluster.get(cluster.id) ?? [],
    );
    if (cluster.conceptAreaId && areaIds.has(cluster.conceptAreaId)) {
      clustersOf.set(cluster.conceptAreaId, [
        ...(clustersOf.get(cluster.conceptAreaId) ?? []),
        node,
      ]);
    } else {
      orphanClusters.push(node);
    }
  }
  const roots = hierarchy.areas.map((area) =>
    group('area', `area:${area.id}`, area.name, [
      ...(clustersOf.get(area.id) ?? []),
      ...(byArea.get(area.id) ?? []),
    ]),
  );
  if (orphanClusters.length + orphans.length > 0) {
    roots.push(group('unfiled', UNFILED_ID, 'Unfiled', [...orphanClusters, ...orphans]));
  }
  return roots;
}

/**
 * Keeps the branches whose name (or a descendant's, atoms excluded) contains `query`, and
 * returns the ids to expand so every match is visible.
 */
export function filterConceptTree(
  roots: readonly ConceptNode[],
  query: string,
): {roots: ConceptNode[]; expand: Set<string>} {
  const needle = query.trim().toLowerCase();
  const expand = new Set<string>();
  if (needle === '') return {roots: [...roots], expand};
  const visit = (node: ConceptNode): ConceptNode | null => {
    if (node.data?.kind === 'atom' || node.data?.kind === 'loading') return null;
    if (node.label.toLowerCase().includes(needle)) return node;
    const kept = (node.children ?? []).map(visit).filter((child) => child !== null);
    if (kept.length === 0) return null;
    expand.add(node.id);
    return {...node, children: kept};
  };
  return {roots: roots.map(visit).filter((node) => node !== null), expand};
}

/** The ids of every area, cluster and the unfiled root (what "expand all" opens). */
export function branchIds(roots: readonly ConceptNode[]): string[] {
  const ids: string[] = [];
  const stack = [...roots];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.data?.kind === 'concept' || node.data?.kind === 'atom') continue;
    ids.push(node.id);
    stack.push(...(node.children ?? []));
  }
  return ids;
}

/** The ids of the ancestors of a concept (to reveal it), outermost first. */
export function ancestorsOf(roots: readonly ConceptNode[], nodeId: string): string[] | undefined {
  const walk = (node: ConceptNode, path: string[]): string[] | undefined => {
    if (node.id === nodeId) return path;
    if (node.data?.kind === 'concept') return undefined;
    for (const child of node.children ?? []) {
      const found = walk(child, [...path, node.id]);
      if (found) return found;
    }
    return undefined;
  };
  for (const root of roots) {
    const found = walk(root, []);
    if (found) return found;
  }
  return undefined;
}
