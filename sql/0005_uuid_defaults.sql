-- Migration 0005: the document gives uuid keys no default; bulk inserts written in SQL need one.
-- gen_random_uuid() is built into PostgreSQL 13+ (and PGlite) without pgcrypto.
-- Rollback: alter table <each table below> alter column id drop default;
alter table clean_concept_areas alter column id set default gen_random_uuid();
alter table clean_concept_clusters alter column id set default gen_random_uuid();
alter table concepts alter column id set default gen_random_uuid();
alter table clean_programs alter column id set default gen_random_uuid();
alter table clean_tracks alter column id set default gen_random_uuid();
alter table learning_modules alter column id set default gen_random_uuid();
alter table learning_atoms alter column id set default gen_random_uuid();
alter table review_queue alter column id set default gen_random_uuid();
alter table sync_log alter column id set default gen_random_uuid();
alter table cleaning_log alter column id set default gen_random_uuid();
