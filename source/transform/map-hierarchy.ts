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
    notionId: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    domain: r.select(names.domain),
    displayOrder: r.integer(names.displayOrder),
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
    notionId: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    examWeight: r.number(names.examWeight),
    displayOrder: r.integer(names.displayOrder),
    areaNotionId: r.relation(names.conceptArea),
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
    notionId: page.id,
    name: named(r, names.name),
    definition: r.text(names.definition),
    domain: r.select(names.domain),
    status: statusWord(r.select(names.status)),
    clusterNotionId: cluster,
    areaNotionId: cluster === null ? r.relation(names.area) : null,
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
    notionId: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    status: statusWord(r.select(names.status)),
    startDate: r.date(names.startDate),
    endDate: r.date(names.endDate),
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
    notionId: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    displayOrder: r.integer(names.displayOrder),
    programNotionId: r.relation(names.program),
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
    notionId: page.id,
    name: named(r, names.name),
    description: r.text(names.description),
    weekOrder: r.integer(names.weekOrder),
    status: statusWord(r.select(names.status)),
    trackNotionId: r.relation(names.track),
  };
  return {row, issues: r.issues};
}
