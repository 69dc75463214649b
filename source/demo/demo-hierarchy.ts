import type {DemoArea, DemoModule, DemoTrack} from './content/demo-types.js';
import {randomUuid} from './seeded-random.js';

/** A row with camelCase keys (db/demo-rows.ts stores them as snake_case columns). */
type Row = Record<string, unknown>;

/** Rows of the knowledge hierarchy and curriculum, keyed for the atom builder. */
export interface DemoHierarchy {
  areas: Row[];
  clusters: Row[];
  concepts: (Row & {id: string; notionId: string; name: string; week: number})[];
  programs: Row[];
  tracks: Row[];
  modules: (Row & {id: string; weekOrder: number})[];
}

/** The demo program's description. */
export interface DemoProgram {
  name: string;
  description: string;
  startDate: string;
  endDate: string;
}

/** Lower-case, dash-separated form of a name (for notion ids and card ids). */
export function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** What the demo's hierarchy and curriculum are built from. */
export interface DemoHierarchyContent {
  areas: DemoArea[];
  tracks: DemoTrack[];
  modules: DemoModule[];
  program: DemoProgram;
}

/** Adds the program, its tracks and the weekly modules (ids drawn in that order). */
function addCurriculum(
  result: DemoHierarchy,
  content: DemoHierarchyContent,
  random: () => number,
): void {
  const programId = randomUuid(random);
  result.programs.push({
    id: programId,
    notionId: `demo-program-${slug(content.program.name)}`,
    name: content.program.name,
    description: content.program.description,
    status: 'active',
    startDate: content.program.startDate,
    endDate: content.program.endDate,
  });
  const trackIds = new Map<string, string>();
  content.tracks.forEach((track, index) => {
    const id = randomUuid(random);
    trackIds.set(track.name, id);
    result.tracks.push({
      id,
      notionId: `demo-track-${slug(track.name)}`,
      programId: programId,
      name: track.name,
      description: track.description,
      displayOrder: index + 1,
    });
  });
  for (const module of content.modules) {
    result.modules.push({
      id: randomUuid(random),
      notionId: `demo-module-week-${module.week}`,
      trackId: trackIds.get(module.track) ?? null,
      name: module.name,
      description: module.description,
      weekOrder: module.week,
      status: 'not_started',
    });
  }
}

/** Adds the concept areas, their clusters and their concepts, depth first. */
function addKnowledge(result: DemoHierarchy, areas: DemoArea[], random: () => number): void {
  areas.forEach((area, areaIndex) => {
    const areaId = randomUuid(random);
    result.areas.push({
      id: areaId,
      notionId: `demo-area-${slug(area.name)}`,
      name: area.name,
      description: area.description,
      domain: area.domain,
      displayOrder: areaIndex + 1,
    });
    area.clusters.forEach((cluster, clusterIndex) => {
      const clusterId = randomUuid(random);
      result.clusters.push({
        id: clusterId,
        notionId: `demo-cluster-${slug(cluster.name)}`,
        conceptAreaId: areaId,
        name: cluster.name,
        description: cluster.description,
        examWeight: cluster.examWeight,
        displayOrder: clusterIndex + 1,
      });
      for (const concept of cluster.concepts) {
        result.concepts.push({
          id: randomUuid(random),
          notionId: `demo-concept-${slug(concept.name)}`,
          clusterId: clusterId,
          name: concept.name,
          definition: concept.definition,
          domain: area.domain,
          status: 'to_learn',
          week: concept.week,
        });
      }
    });
  });
}

/** Builds hierarchy and curriculum rows with reproducible ids (notion ids prefixed `demo-`). */
export function buildDemoHierarchy(
  content: DemoHierarchyContent,
  random: () => number,
): DemoHierarchy {
  const result: DemoHierarchy = {
    areas: [],
    clusters: [],
    concepts: [],
    programs: [],
    tracks: [],
    modules: [],
  };
  // The order of the random draws fixes every id: curriculum first, then the knowledge tree.
  addCurriculum(result, content, random);
  addKnowledge(result, content.areas, random);
  return result;
}
