import {snakeRecords} from './camel-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** A concept area as the transform produces it (written as snake_case columns). */
export interface AreaRow {
  notionId: string;
  name: string;
  description: string | null;
  domain: string | null;
  displayOrder: number | null;
}

/** A concept cluster; `areaNotionId` is resolved to concept_area_id. */
export interface ClusterRow {
  notionId: string;
  name: string;
  description: string | null;
  examWeight: number | null;
  displayOrder: number | null;
  areaNotionId: string | null;
}

/** A concept under a cluster or directly under an area. */
export interface ConceptRow {
  notionId: string;
  name: string;
  definition: string | null;
  domain: string | null;
  status: string | null;
  clusterNotionId: string | null;
  areaNotionId: string | null;
}

/** A program. */
export interface ProgramRow {
  notionId: string;
  name: string;
  description: string | null;
  status: string | null;
  startDate: string | null;
  endDate: string | null;
}

/** A track; `programNotionId` is resolved to program_id. */
export interface TrackRow {
  notionId: string;
  name: string;
  description: string | null;
  displayOrder: number | null;
  programNotionId: string | null;
}

/** A learning module; `trackNotionId` is resolved to track_id. */
export interface ModuleRow {
  notionId: string;
  name: string;
  description: string | null;
  weekOrder: number | null;
  status: string | null;
  trackNotionId: string | null;
}

/** What one upsert did: rows written (new or changed) and rows whose parent is unknown. */
export interface UpsertOutcome {
  written: number;
  orphans: string[];
}

type Outcome = {written: number; orphans: string[] | null}[];

const done = (rows: Outcome): UpsertOutcome => ({
  written: rows[0]?.written ?? 0,
  orphans: rows[0]?.orphans ?? [],
});

// Each upsert leaves a row untouched (no new row version) when nothing it would set differs,
// so a repeated sync of unchanged pages writes nothing.

/** Inserts or updates concept areas by notion_id. */
export async function upsertConceptAreas(tx: Client, rows: AreaRow[], now: Date) {
  if (rows.length === 0) return {written: 0, orphans: []};
  return done(
    await tx<Outcome>`
    with v as (
      select * from jsonb_to_recordset(${tx.json(snakeRecords(rows))}::jsonb)
        as v(notion_id text, name text, description text, domain text, display_order int)
    ), up as (
      insert into clean_concept_areas as t
        (notion_id, name, description, domain, display_order, removed_at, updated_at)
      select notion_id, name, description, domain, coalesce(display_order, 0), null, ${now} from v
      on conflict (notion_id) do update set name = excluded.name,
        description = excluded.description, domain = excluded.domain,
        display_order = excluded.display_order, removed_at = null, updated_at = excluded.updated_at
      where (t.name, t.description, t.domain, t.display_order, t.removed_at is null)
        is distinct from (excluded.name, excluded.description, excluded.domain,
          excluded.display_order, true)
      returning 1
    )
    select (select count(*) from up)::int as written, null::text[] as orphans`,
  );
}

/** Inserts or updates concept clusters, linking each to its area through the area's notion_id. */
export async function upsertConceptClusters(tx: Client, rows: ClusterRow[], now: Date) {
  if (rows.length === 0) return {written: 0, orphans: []};
  return done(
    await tx<Outcome>`
    with v as (
      select v.*, p.id as parent_id
      from jsonb_to_recordset(${tx.json(snakeRecords(rows))}::jsonb)
        as v(notion_id text, name text, description text, exam_weight numeric,
             display_order int, area_notion_id text)
      left join clean_concept_areas p on p.notion_id = v.area_notion_id
    ), up as (
      insert into clean_concept_clusters as t (notion_id, name, description, exam_weight,
        display_order, concept_area_id, removed_at, updated_at)
      select notion_id, name, description, exam_weight, coalesce(display_order, 0), parent_id,
        null, ${now} from v
      on conflict (notion_id) do update set name = excluded.name,
        description = excluded.description, exam_weight = excluded.exam_weight,
        display_order = excluded.display_order, concept_area_id = excluded.concept_area_id,
        removed_at = null, updated_at = excluded.updated_at
      where (t.name, t.description, t.exam_weight, t.display_order, t.concept_area_id,
          t.removed_at is null)
        is distinct from (excluded.name, excluded.description, excluded.exam_weight,
          excluded.display_order, excluded.concept_area_id, true)
      returning 1
    )
    select (select count(*) from up)::int as written,
      (select array_agg(notion_id) from v where area_notion_id is not null and parent_id is null)
        as orphans`,
  );
}

/** Inserts or updates concepts, linking clusters and (for concepts without one) areas. */
export async function upsertConcepts(tx: Client, rows: ConceptRow[], now: Date) {
  if (rows.length === 0) return {written: 0, orphans: []};
  return done(
    await tx<Outcome>`
    with v as (
      select v.*, c.id as cluster_id, a.id as area_id
      from jsonb_to_recordset(${tx.json(snakeRecords(rows))}::jsonb)
        as v(notion_id text, name text, definition text, domain text, status text,
             cluster_notion_id text, area_notion_id text)
      left join clean_concept_clusters c on c.notion_id = v.cluster_notion_id
      left join clean_concept_areas a on a.notion_id = v.area_notion_id
    ), up as (
      insert into concepts as t (notion_id, name, definition, domain, status, cluster_id,
        concept_area_id, removed_at, updated_at)
      select notion_id, name, definition, domain, coalesce(status, 'to_learn'), cluster_id,
        area_id, null, ${now} from v
      on conflict (notion_id) do update set name = excluded.name,
        definition = excluded.definition, domain = excluded.domain, status = excluded.status,
        cluster_id = excluded.cluster_id, concept_area_id = excluded.concept_area_id,
        removed_at = null, updated_at = excluded.updated_at
      where (t.name, t.definition, t.domain, t.status, t.cluster_id, t.concept_area_id,
          t.removed_at is null)
        is distinct from (excluded.name, excluded.definition, excluded.domain, excluded.status,
          excluded.cluster_id, excluded.concept_area_id, true)
      returning 1
    )
    select (select count(*) from up)::int as written,
      (select array_agg(notion_id) from v
        where (cluster_notion_id is not null and cluster_id is null)
           or (area_notion_id is not null and area_id is null)) as orphans`,
  );
}

/** Inserts or updates programs by notion_id. */
export async function upsertPrograms(tx: Client, rows: ProgramRow[], now: Date) {
  if (rows.length === 0) return {written: 0, orphans: []};
  return done(
    await tx<Outcome>`
    with v as (
      select * from jsonb_to_recordset(${tx.json(snakeRecords(rows))}::jsonb)
        as v(notion_id text, name text, description text, status text, start_date date,
             end_date date)
    ), up as (
      insert into clean_programs as t (notion_id, name, description, status, start_date,
        end_date, removed_at, updated_at)
      select notion_id, name, description, coalesce(status, 'active'), start_date, end_date,
        null, ${now} from v
      on conflict (notion_id) do update set name = excluded.name,
        description = excluded.description, status = excluded.status,
        start_date = excluded.start_date, end_date = excluded.end_date, removed_at = null,
        updated_at = excluded.updated_at
      where (t.name, t.description, t.status, t.start_date, t.end_date, t.removed_at is null)
        is distinct from (excluded.name, excluded.description, excluded.status,
          excluded.start_date, excluded.end_date, true)
      returning 1
    )
    select (select count(*) from up)::int as written, null::text[] as orphans`,
  );
}

/** Inserts or updates tracks, linking each to its program. */
export async function upsertTracks(tx: Client, rows: TrackRow[], now: Date) {
  if (rows.length === 0) return {written: 0, orphans: []};
  return done(
    await tx<Outcome>`
    with v as (
      select v.*, p.id as parent_id
      from jsonb_to_recordset(${tx.json(snakeRecords(rows))}::jsonb)
        as v(notion_id text, name text, description text, display_order int,
             program_notion_id text)
      left join clean_programs p on p.notion_id = v.program_notion_id
    ), up as (
      insert into clean_tracks as t (notion_id, name, description, display_order, program_id,
        removed_at, updated_at)
      select notion_id, name, description, coalesce(display_order, 0), parent_id, null, ${now}
      from v
      on conflict (notion_id) do update set name = excluded.name,
        description = excluded.description, display_order = excluded.display_order,
        program_id = excluded.program_id, removed_at = null, updated_at = excluded.updated_at
      where (t.name, t.description, t.display_order, t.program_id, t.removed_at is null)
        is distinct from (excluded.name, excluded.description, excluded.display_order,
          excluded.program_id, true)
      returning 1
    )
    select (select count(*) from up)::int as written,
      (select array_agg(notion_id) from v where program_notion_id is not null
        and parent_id is null) as orphans`,
  );
}

/** Inserts or updates learning modules, linking each to its track. */
export async function upsertModules(tx: Client, rows: ModuleRow[], now: Date) {
  if (rows.length === 0) return {written: 0, orphans: []};
  return done(
    await tx<Outcome>`
    with v as (
      select v.*, p.id as parent_id
      from jsonb_to_recordset(${tx.json(snakeRecords(rows))}::jsonb)
        as v(notion_id text, name text, description text, week_order int, status text,
             track_notion_id text)
      left join clean_tracks p on p.notion_id = v.track_notion_id
    ), up as (
      insert into learning_modules as t (notion_id, name, description, week_order, status,
        track_id, removed_at, updated_at)
      select notion_id, name, description, week_order, coalesce(status, 'not_started'),
        parent_id, null, ${now} from v
      on conflict (notion_id) do update set name = excluded.name,
        description = excluded.description, week_order = excluded.week_order,
        status = excluded.status, track_id = excluded.track_id, removed_at = null,
        updated_at = excluded.updated_at
      where (t.name, t.description, t.week_order, t.status, t.track_id, t.removed_at is null)
        is distinct from (excluded.name, excluded.description, excluded.week_order,
          excluded.status, excluded.track_id, true)
      returning 1
    )
    select (select count(*) from up)::int as written,
      (select array_agg(notion_id) from v where track_notion_id is not null
        and parent_id is null) as orphans`,
  );
}

/** The canonical table of each Notion entity. */
export const canonicalTables = {
  concept_areas: 'clean_concept_areas',
  concept_clusters: 'clean_concept_clusters',
  concepts: 'concepts',
  programs: 'clean_programs',
  tracks: 'clean_tracks',
  modules: 'learning_modules',
  flashcards: 'learning_atoms',
} as const;

/** Marks the canonical rows of pages removed in Notion; returns how many were newly marked. */
export async function markCanonicalRemoved(
  tx: Client,
  entity: keyof typeof canonicalTables,
  notionIds: string[],
  now: Date,
): Promise<number> {
  if (notionIds.length === 0) return 0;
  const result = await tx`
    update ${tx(canonicalTables[entity])}
    set removed_at = ${now}, updated_at = ${now}
    where notion_id = any(${notionIds}::text[]) and removed_at is null`;
  return result.count;
}
