-- Migration 0015: the exam a learner plans toward (one row: `nls plan --exam DATE` sets it; the
-- Plan screen and the dashboard's due forecast read it). Nothing is rescheduled by storing it.
-- Rollback: drop table exam_plan;
create table exam_plan (
  id smallint primary key default 1 check (id = 1),
  exam_date date not null,
  scope_kind text check (scope_kind in ('track', 'module', 'concept')),
  scope_name text,
  target double precision not null default 0.9 check (target > 0 and target < 1),
  minutes_per_day double precision,
  set_at timestamptz not null default now()
);
