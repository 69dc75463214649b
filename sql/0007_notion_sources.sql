-- Migration 0007: each configured Notion database resolved to its data source (API 2025-09-03).
-- Rollback: drop table notion_sources;
create table notion_sources (
  entity text primary key,
  database_id text not null,
  data_source_id text not null,
  name text,
  resolved_at timestamptz not null default now()
);
