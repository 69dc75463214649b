-- Migration 0016: FSRS parameters fitted to the learner's own quiz answers (`nls fsrs optimize
-- --apply`). One row; quiz scheduling uses them once set. Kept apart from Anki's presets: quiz
-- answers are recognition, not recall.
-- Rollback: drop table quiz_fsrs_params;
create table quiz_fsrs_params (
  id smallint primary key default 1 check (id = 1),
  params double precision[] not null check (cardinality(params) = 21),
  review_count int not null,
  log_loss double precision not null,
  fitted_at timestamptz not null default now()
);
