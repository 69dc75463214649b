import type {DemoArea, DemoAtom, DemoCluster, DemoConcept} from './demo-types.js';

/** A concept together with the area and cluster it sits in. */
export interface DemoConceptEntry {
  area: DemoArea;
  cluster: DemoCluster;
  concept: DemoConcept;
}

/** Every concept of the given areas in authoring order, with its parents. */
export function demoConceptEntries(areas: readonly DemoArea[]): DemoConceptEntry[] {
  return areas.flatMap((area) =>
    area.clusters.flatMap((cluster) =>
      cluster.concepts.map((concept) => ({area, cluster, concept})),
    ),
  );
}

/** Every atom of the given areas, each with the name of its concept. */
export function demoAtomEntries(
  areas: readonly DemoArea[],
): {conceptName: string; week: number; atom: DemoAtom}[] {
  return demoConceptEntries(areas).flatMap(({concept}) =>
    concept.atoms.map((atom) => ({conceptName: concept.name, week: concept.week, atom})),
  );
}
