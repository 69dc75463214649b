-- Migration 0010: a journal of triage decisions so each one can be undone exactly: the rows as
-- they were before the decision, restored in one transaction.
-- Rollback: drop table review_decisions;
create table review_decisions (
  id uuid primary key default gen_random_uuid(),
  queue_ids uuid[] not null,
  action text not null,
  before_rows jsonb not null,
  decided_at timestamptz not null default now(),
  undone_at timestamptz
);
create index idx_review_decisions_open on review_decisions(decided_at desc) where undone_at is null;
