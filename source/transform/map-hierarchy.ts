import type {
  AreaRow,
  ClusterRow,
  ConceptRow,
  ModuleRow,
  ProgramRow,
  TrackRow,
} from '../db/canonical-rows.js';
import type {PropertyNames} from '../notion/property-names.js';
import {PageReader, statusWord} from './page-reader.js';

/** A mapped row plus what was wrong with its page. */
export interface Mapped<T> {
  row: T;
  issues: string[];
}

const untitled = '(untitled)';

function named(reader: PageReader, property: string): string {
  const name = reader.title(property);
  if (name !== '') return name;
  reader.issues.push('missing title');
  return untitled;
}

/** A concept area page → clean_concept_areas row. */
export function mapArea(
  page: {id: string; properties: Record<string, unknown>},
  names: PropertyNames<'concept_areas'>,
): Mapped<AreaRow> {
  const r = new PageReader(page);
  const row: AreaRow = {
    notion_id: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    domain: r.select(names.domain),
    display_order: r.integer(names.display_order),
  };
  return {row, issues: r.issues};
}

/** A concept cluster page → clean_concept_clusters row (area by page id). */
export function mapCluster(
  page: {id: string; properties: Record<string, unknown>},
  names: PropertyNames<'concept_clusters'>,
): Mapped<ClusterRow> {
  const r = new PageReader(page);
  const row: ClusterRow = {
    notion_id: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    exam_weight: r.number(names.exam_weight),
    display_order: r.integer(names.display_order),
    area_notion_id: r.relation(names.concept_area),
  };
  return {row, issues: r.issues};
}

/** A concept page → concepts row (cluster, or area for a concept directly under one). */
export function mapConcept(
  page: {id: string; properties: Record<string, unknown>},
  names: PropertyNames<'concepts'>,
): Mapped<ConceptRow> {
  const r = new PageReader(page);
  const cluster = r.relation(names.cluster);
  const row: ConceptRow = {
    notion_id: page.id,
    name: named(r, names.name),
    definition: r.text(names.definition),
    domain: r.select(names.domain),
    status: statusWord(r.select(names.status)),
    cluster_notion_id: cluster,
    area_notion_id: cluster === null ? r.relation(names.area) : null,
  };
  return {row, issues: r.issues};
}

/** A program page → clean_programs row. */
export function mapProgram(
  page: {id: string; properties: Record<string, unknown>},
  names: PropertyNames<'programs'>,
): Mapped<ProgramRow> {
  const r = new PageReader(page);
  const row: ProgramRow = {
    notion_id: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    status: statusWord(r.select(names.status)),
    start_date: r.date(names.start_date),
    end_date: r.date(names.end_date),
  };
  return {row, issues: r.issues};
}

/** A track page → clean_tracks row (program by page id). */
export function mapTrack(
  page: {id: string; properties: Record<string, unknown>},
  names: PropertyNames<'tracks'>,
): Mapped<TrackRow> {
  const r = new PageReader(page);
  const row: TrackRow = {
    notion_id: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    display_order: r.integer(names.display_order),
    program_notion_id: r.relation(names.program),
  };
  return {row, issues: r.issues};
}

/** A module page → learning_modules row (track by page id). */
export function mapModule(
  page: {id: string; properties: Record<string, unknown>},
  names: PropertyNames<'modules'>,
): Mapped<ModuleRow> {
  const r = new PageReader(page);
  const row: ModuleRow = {
    notion_id: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    week_order: r.integer(names.week_order),
    status: statusWord(r.select(names.status)),
    track_notion_id: r.relation(names.track),
  };
  return {row, issues: r.issues};
}
