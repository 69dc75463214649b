import type {DemoArea, DemoModule, DemoTrack} from './content/demo-types.js';
import {randomUuid} from './seeded-random.js';

type Row = Record<string, unknown>;

/** Rows of the knowledge hierarchy and curriculum, keyed for the atom builder. */
export interface DemoHierarchy {
  areas: Row[];
  clusters: Row[];
  concepts: (Row & {id: string; name: string; week: number})[];
  programs: Row[];
  tracks: Row[];
  modules: (Row & {id: string; week_order: number})[];
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
    notion_id: `demo-program-${slug(content.program.name)}`,
    name: content.program.name,
    description: content.program.description,
    status: 'active',
    start_date: content.program.startDate,
    end_date: content.program.endDate,
  });
  const trackIds = new Map<string, string>();
  content.tracks.forEach((track, index) => {
    const id = randomUuid(random);
    trackIds.set(track.name, id);
    result.tracks.push({
      id,
      notion_id: `demo-track-${slug(track.name)}`,
      program_id: programId,
      name: track.name,
      description: track.description,
      display_order: index + 1,
    });
  });
  for (const module of content.modules) {
    result.modules.push({
      id: randomUuid(random),
      notion_id: `demo-module-week-${module.week}`,
      track_id: trackIds.get(module.track) ?? null,
      name: module.name,
      description: module.description,
      week_order: module.week,
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
      notion_id: `demo-area-${slug(area.name)}`,
      name: area.name,
      description: area.description,
      domain: area.domain,
      display_order: areaIndex + 1,
    });
    area.clusters.forEach((cluster, clusterIndex) => {
      const clusterId = randomUuid(random);
      result.clusters.push({
        id: clusterId,
        notion_id: `demo-cluster-${slug(cluster.name)}`,
        concept_area_id: areaId,
        name: cluster.name,
        description: cluster.description,
        exam_weight: cluster.examWeight,
        display_order: clusterIndex + 1,
      });
      for (const concept of cluster.concepts) {
        result.concepts.push({
          id: randomUuid(random),
          notion_id: `demo-concept-${slug(concept.name)}`,
          cluster_id: clusterId,
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
