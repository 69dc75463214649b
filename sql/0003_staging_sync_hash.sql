-- Migration 0003: change detection on every staging table (stg_notion_flashcards already has it).
-- Rollback: alter table stg_notion_concepts, stg_notion_concept_areas, stg_notion_concept_clusters,
--   stg_notion_modules, stg_notion_tracks, stg_notion_programs drop column sync_hash;
alter table stg_notion_concepts add column sync_hash text;
alter table stg_notion_concept_areas add column sync_hash text;
alter table stg_notion_concept_clusters add column sync_hash text;
alter table stg_notion_modules add column sync_hash text;
alter table stg_notion_tracks add column sync_hash text;
alter table stg_notion_programs add column sync_hash text;
