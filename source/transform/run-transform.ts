import {randomUUID} from 'node:crypto';
import type {NotionEntity} from '../config/config-schema.js';
import {
  findAtomsByNotionIds,
  findCardIdOwners,
  insertAtoms,
  insertSyncCleaningLog,
  updateAtoms,
} from '../db/canonical-atom-rows.js';
import {
  markCanonicalRemoved,
  type UpsertOutcome,
  upsertConceptAreas,
  upsertConceptClusters,
  upsertConcepts,
  upsertModules,
  upsertPrograms,
  upsertTracks,
} from '../db/canonical-rows.js';
import type {TransactionSql} from '../db/sql-client.js';
import {propertyNamesFor} from '../notion/property-names.js';
import {mapAtom} from './map-atom.js';
import {
  type Mapped,
  mapArea,
  mapCluster,
  mapConcept,
  mapModule,
  mapProgram,
  mapTrack,
} from './map-hierarchy.js';
import {mergeAtoms} from './merge-atoms.js';
import type {PageIssue, SourcePage} from './page-reader.js';

/** The order parents must exist in before their children are linked. */
export const transformOrder = [
  'concept_areas',
  'concept_clusters',
  'concepts',
  'programs',
  'tracks',
  'modules',
  'flashcards',
] as const satisfies readonly NotionEntity[];

/** What to apply: pages to upsert and page ids removed in Notion, per entity. */
export interface TransformInput {
  pages: Partial<Record<NotionEntity, SourcePage[]>>;
  removed: Partial<Record<NotionEntity, string[]>>;
  properties: Partial<Record<NotionEntity, Record<string, string>>>;
  now: Date;
  newId?: () => string;
}

/** What the transform did for one entity. */
export interface EntityTransformResult {
  written: number;
  removed: number;
  orphans: string[];
  issues: PageIssue[];
}

type Upsert<T> = (tx: TransactionSql, rows: T[], now: Date) => Promise<UpsertOutcome>;

async function applyMapped<T>(
  tx: TransactionSql,
  mapped: Mapped<T>[],
  pages: SourcePage[],
  upsert: Upsert<T>,
  now: Date,
): Promise<Omit<EntityTransformResult, 'removed'>> {
  const outcome = await upsert(
    tx,
    mapped.map((m) => m.row),
    now,
  );
  const issues = mapped.flatMap((m, i) =>
    m.issues.map((reason) => ({pageId: pages[i]?.id ?? '', reason})),
  );
  return {written: outcome.written, orphans: outcome.orphans, issues};
}

async function applyAtoms(
  tx: TransactionSql,
  pages: SourcePage[],
  input: TransformInput,
): Promise<Omit<EntityTransformResult, 'removed'>> {
  const names = propertyNamesFor('flashcards', input.properties.flashcards);
  const drafts = pages.map((page) => mapAtom(page, names));
  const stored = await findAtomsByNotionIds(
    tx,
    drafts.map((d) => d.notionId),
  );
  const wanted = drafts.flatMap((d) => (d.wantedCardId ? [d.wantedCardId] : []));
  const owners = await findCardIdOwners(tx, [...new Set(wanted)]);
  const plan = mergeAtoms({
    drafts,
    stored: new Map(stored.map((atom) => [atom.notionId, atom])),
    cardOwners: new Map(owners.map((o) => [o.cardId, o.notionId])),
    newId: input.newId ?? randomUUID,
  });
  const inserted = await insertAtoms(tx, plan.inserts, input.now);
  const updated = await updateAtoms(tx, plan.updates, input.now);
  await insertSyncCleaningLog(tx, plan.log, input.now);
  const issues = [
    ...drafts.flatMap((d) => d.issues.map((reason) => ({pageId: d.notionId, reason}))),
    ...plan.issues,
  ];
  return {
    written: inserted.written + updated.written,
    orphans: [...inserted.orphans, ...updated.orphans],
    issues,
  };
}

async function applyEntity(
  tx: TransactionSql,
  entity: NotionEntity,
  pages: SourcePage[],
  input: TransformInput,
): Promise<Omit<EntityTransformResult, 'removed'>> {
  const {now, properties} = input;
  switch (entity) {
    case 'concept_areas': {
      const names = propertyNamesFor(entity, properties[entity]);
      const mapped = pages.map((p) => mapArea(p, names));
      return applyMapped(tx, mapped, pages, upsertConceptAreas, now);
    }
    case 'concept_clusters': {
      const names = propertyNamesFor(entity, properties[entity]);
      const mapped = pages.map((p) => mapCluster(p, names));
      return applyMapped(tx, mapped, pages, upsertConceptClusters, now);
    }
    case 'concepts': {
      const names = propertyNamesFor(entity, properties[entity]);
      const mapped = pages.map((p) => mapConcept(p, names));
      return applyMapped(tx, mapped, pages, upsertConcepts, now);
    }
    case 'programs': {
      const names = propertyNamesFor(entity, properties[entity]);
      const mapped = pages.map((p) => mapProgram(p, names));
      return applyMapped(tx, mapped, pages, upsertPrograms, now);
    }
    case 'tracks': {
      const names = propertyNamesFor(entity, properties[entity]);
      const mapped = pages.map((p) => mapTrack(p, names));
      return applyMapped(tx, mapped, pages, upsertTracks, now);
    }
    case 'modules': {
      const names = propertyNamesFor(entity, properties[entity]);
      const mapped = pages.map((p) => mapModule(p, names));
      return applyMapped(tx, mapped, pages, upsertModules, now);
    }
    case 'flashcards':
      return applyAtoms(tx, pages, input);
  }
}

/**
 * Applies staged pages to the canonical tables inside the caller's transaction, parents first,
 * then marks the rows of removed pages. Bad pages are reported, never thrown.
 */
export async function runTransform(
  tx: TransactionSql,
  input: TransformInput,
): Promise<Partial<Record<NotionEntity, EntityTransformResult>>> {
  const results: Partial<Record<NotionEntity, EntityTransformResult>> = {};
  for (const entity of transformOrder) {
    const pages = input.pages[entity];
    const removedIds = input.removed[entity] ?? [];
    if (pages === undefined && removedIds.length === 0) continue;
    const applied = await applyEntity(tx, entity, pages ?? [], input);
    const removed = await markCanonicalRemoved(tx, entity, removedIds, input.now);
    results[entity] = {...applied, removed};
  }
  return results;
}
