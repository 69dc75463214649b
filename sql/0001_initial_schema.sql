-- Migration 0001: the founding schema (spec/database-schema.md), exactly as documented:
-- 17 tables, their keys, foreign keys, indexes and the 3 views.
-- Rollback: drop view v_review_queue_summary, v_concept_atom_stats, v_due_atoms; drop table
--   cleaning_log, sync_log, review_queue, learning_atoms, learning_modules, clean_tracks,
--   clean_programs, concepts, clean_concept_clusters, clean_concept_areas, stg_notion_programs,
--   stg_notion_tracks, stg_notion_modules, stg_notion_concept_clusters,
--   stg_notion_concept_areas, stg_notion_concepts, stg_notion_flashcards;

-- Staging layer: raw Notion properties, rebuildable at any time.
create table stg_notion_flashcards (
  notion_page_id text primary key,
  raw_properties jsonb not null,
  raw_content jsonb,
  last_synced_at timestamptz default now(),
  sync_hash text
);

create table stg_notion_concepts (
  notion_page_id text primary key,
  raw_properties jsonb not null,
  parent_type text,
  parent_notion_id text,
  last_synced_at timestamptz default now()
);

create table stg_notion_concept_areas (
  notion_page_id text primary key,
  raw_properties jsonb not null,
  last_synced_at timestamptz default now()
);

create table stg_notion_concept_clusters (
  notion_page_id text primary key,
  raw_properties jsonb not null,
  parent_area_notion_id text,
  last_synced_at timestamptz default now()
);

create table stg_notion_modules (
  notion_page_id text primary key,
  raw_properties jsonb not null,
  last_synced_at timestamptz default now()
);

create table stg_notion_tracks (
  notion_page_id text primary key,
  raw_properties jsonb not null,
  last_synced_at timestamptz default now()
);

create table stg_notion_programs (
  notion_page_id text primary key,
  raw_properties jsonb not null,
  last_synced_at timestamptz default now()
);

-- Knowledge hierarchy.
create table clean_concept_areas (
  id uuid primary key,
  notion_id text unique,
  name text not null,
  description text,
  domain text,
  display_order int default 0,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create index idx_clean_concept_areas_name on clean_concept_areas(name);

create table clean_concept_clusters (
  id uuid primary key,
  notion_id text unique,
  concept_area_id uuid references clean_concept_areas(id) on delete set null,
  name text not null,
  description text,
  exam_weight decimal(5,2),
  display_order int default 0,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create index idx_clean_concept_clusters_area on clean_concept_clusters(concept_area_id);

create table concepts (
  id uuid primary key,
  notion_id text unique,
  cluster_id uuid references clean_concept_clusters(id),
  name text not null,
  definition text,
  domain text,
  status text default 'to_learn',
  dec_score decimal(4,2),
  proc_score decimal(4,2),
  app_score decimal(4,2),
  last_reviewed_at timestamptz,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create index idx_concepts_cluster on concepts(cluster_id);
create index idx_concepts_status on concepts(status);

-- Curriculum structure.
create table clean_programs (
  id uuid primary key,
  notion_id text unique,
  name text not null,
  description text,
  status text default 'active',
  start_date date,
  end_date date,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);

create table clean_tracks (
  id uuid primary key,
  notion_id text unique,
  program_id uuid references clean_programs(id),
  name text not null,
  description text,
  display_order int default 0,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create index idx_clean_tracks_program on clean_tracks(program_id);

create table learning_modules (
  id uuid primary key,
  notion_id text unique,
  track_id uuid references clean_tracks(id),
  name text not null,
  description text,
  week_order int,
  status text default 'not_started',
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create index idx_learning_modules_track on learning_modules(track_id);
create index idx_learning_modules_week on learning_modules(week_order);

-- Learning content.
create table learning_atoms (
  id uuid primary key,
  notion_id text,
  card_id text unique,
  atom_type text not null default 'flashcard',
  front text not null,
  back text,
  concept_id uuid references concepts(id),
  module_id uuid references learning_modules(id),
  quality_score decimal(3,2),
  is_atomic boolean default true,
  front_word_count int,
  back_word_count int,
  atomicity_status text,
  needs_review boolean default false,
  rewrite_count int default 0,
  last_rewrite_at timestamptz,
  anki_note_id bigint,
  anki_card_id bigint,
  anki_deck text,
  anki_synced_at timestamptz,
  anki_ease_factor decimal(4,3),
  anki_interval int,
  anki_review_count int default 0,
  anki_lapses int default 0,
  anki_stability decimal(8,2),
  anki_difficulty decimal(3,2),
  anki_queue int,
  source text default 'notion',
  batch_id text,
  created_at timestamptz default now(),
  updated_at timestamptz default now()
);
create index idx_learning_atoms_notion on learning_atoms(notion_id);
create index idx_learning_atoms_concept on learning_atoms(concept_id);
create index idx_learning_atoms_module on learning_atoms(module_id);
create index idx_learning_atoms_type on learning_atoms(atom_type);
create index idx_learning_atoms_anki on learning_atoms(anki_note_id) where anki_note_id is not null;
create index idx_learning_atoms_source on learning_atoms(source);

-- Workflow and audit.
create table review_queue (
  id uuid primary key,
  atom_type text not null default 'flashcard',
  front text not null,
  back text,
  concept_id uuid references concepts(id),
  module_id uuid references learning_modules(id),
  original_front text,
  original_back text,
  original_atom_id uuid references learning_atoms(id),
  status text default 'pending',
  source text not null,
  batch_id text,
  quality_score decimal(3,2),
  ai_confidence decimal(3,2),
  rewrite_reason text,
  approved_at timestamptz,
  approved_atom_id uuid references learning_atoms(id),
  reviewer_notes text,
  created_at timestamptz default now()
);
create index idx_review_queue_status on review_queue(status);
create index idx_review_queue_batch on review_queue(batch_id);
create index idx_review_queue_pending on review_queue(created_at) where status = 'pending';

create table sync_log (
  id uuid primary key,
  sync_type text not null,
  started_at timestamptz default now(),
  completed_at timestamptz,
  status text default 'running',
  items_processed int default 0,
  items_added int default 0,
  items_updated int default 0,
  items_removed int default 0,
  error_message text,
  details jsonb
);
create index idx_sync_log_type on sync_log(sync_type);
create index idx_sync_log_status on sync_log(status);
create index idx_sync_log_started on sync_log(started_at desc);

create table cleaning_log (
  id uuid primary key,
  atom_id uuid references learning_atoms(id),
  operation text not null,
  old_value jsonb,
  new_value jsonb,
  performed_at timestamptz default now()
);
create index idx_cleaning_log_atom on cleaning_log(atom_id);
create index idx_cleaning_log_operation on cleaning_log(operation);

-- Views.
create or replace view v_due_atoms as
select
  a.*,
  c.name as concept_name,
  m.name as module_name,
  cl.name as cluster_name,
  ca.name as area_name
from learning_atoms a
left join concepts c on a.concept_id = c.id
left join learning_modules m on a.module_id = m.id
left join clean_concept_clusters cl on c.cluster_id = cl.id
left join clean_concept_areas ca on cl.concept_area_id = ca.id
where a.atom_type in ('flashcard', 'cloze')
  and a.anki_note_id is not null
  and a.is_atomic = true;

create or replace view v_concept_atom_stats as
select
  c.id as concept_id,
  c.name as concept_name,
  c.status,
  count(a.id) as total_atoms,
  count(a.id) filter (where a.is_atomic = true) as atomic_count,
  count(a.id) filter (where a.atom_type in ('flashcard', 'cloze')) as anki_syncable,
  count(a.id) filter (where a.anki_note_id is not null) as in_anki_count,
  avg(a.anki_ease_factor) as avg_ease,
  avg(a.anki_interval) as avg_interval
from concepts c
left join learning_atoms a on a.concept_id = c.id
group by c.id, c.name, c.status;

create or replace view v_review_queue_summary as
select
  source,
  status,
  count(*) as count,
  min(created_at) as oldest,
  max(created_at) as newest
from review_queue
group by source, status
order by source, status;
