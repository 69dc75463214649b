-- Migration 0008: terminal quizzes. quiz_schedule keeps the FSRS card state of each quiz atom;
-- quiz_attempts keeps one row per answer (the review log the state can be replayed from).
-- FSRS numbers are double precision so a replay matches ts-fsrs exactly.
-- Rollback: drop table quiz_attempts; drop table quiz_schedule;
create table quiz_schedule (
  atom_id uuid primary key references learning_atoms(id) on delete cascade,
  state smallint not null default 0,
  stability double precision not null default 0,
  difficulty double precision not null default 0,
  due timestamptz not null,
  last_review timestamptz,
  reps int not null default 0,
  lapses int not null default 0,
  elapsed_days int not null default 0,
  scheduled_days int not null default 0,
  learning_steps int not null default 0,
  updated_at timestamptz not null default now()
);
create index idx_quiz_schedule_due on quiz_schedule(due);

create table quiz_attempts (
  id uuid primary key default gen_random_uuid(),
  atom_id uuid not null references learning_atoms(id) on delete cascade,
  session_id uuid not null,
  answered_at timestamptz not null default now(),
  answer jsonb,
  score decimal(4,3) not null,
  rating smallint not null check (rating between 1 and 4),
  derived_rating smallint not null check (derived_rating between 1 and 4),
  response_ms int,
  revealed boolean not null default false
);
create index idx_quiz_attempts_atom on quiz_attempts(atom_id, answered_at);
create index idx_quiz_attempts_session on quiz_attempts(session_id);
