-- Migration 0002: the migration ledger. The runner creates this table before it applies 0001
-- (it needs somewhere to record 0001), so here it is declared for the record and is a no-op.
-- Rollback: drop table schema_migrations;
create table if not exists schema_migrations (
  version int primary key,
  name text not null,
  checksum text not null,
  applied_at timestamptz not null default now()
);
