-- Migration 0006: what the sync, Anki and quiz layers need on the canonical tables.
--   learning_atoms.content        parsed quiz structure (mcq, true_false, matching, parsons)
--   learning_atoms.source_hash    hash of the Notion-derived content at the last transform, so a
--                                 local approved rewrite survives until Notion itself changes
--   learning_atoms.removed_at     the source page was deleted or trashed in Notion
--   learning_atoms.anki_due_date, anki_last_review_at   from the FSRS replay of the review log
--   learning_atoms.anki_pushed_hash  fingerprint of the note content last sent to Anki
--   concepts.concept_area_id      a concept placed directly under an area (no cluster)
--   removed_at on the hierarchy   pages deleted in Notion are marked, never silently dropped
--   review_queue.content          quiz structure of a proposal
-- Rollback: alter table learning_atoms drop column content, drop column source_hash,
--   drop column removed_at, drop column anki_due_date, drop column anki_last_review_at,
--   drop column anki_pushed_hash; alter table concepts drop column concept_area_id,
--   drop column removed_at; alter table review_queue drop column content; alter table
--   clean_concept_areas, clean_concept_clusters, clean_programs, clean_tracks, learning_modules
--   drop column removed_at; drop index idx_learning_atoms_removed, idx_review_queue_pending_order,
--   idx_concepts_area;
alter table learning_atoms
  add column content jsonb,
  add column source_hash text,
  add column removed_at timestamptz,
  add column anki_due_date date,
  add column anki_last_review_at timestamptz,
  add column anki_pushed_hash text;
alter table concepts
  add column concept_area_id uuid references clean_concept_areas(id) on delete set null,
  add column removed_at timestamptz;
alter table clean_concept_areas add column removed_at timestamptz;
alter table clean_concept_clusters add column removed_at timestamptz;
alter table clean_programs add column removed_at timestamptz;
alter table clean_tracks add column removed_at timestamptz;
alter table learning_modules add column removed_at timestamptz;
alter table review_queue add column content jsonb;
create index idx_learning_atoms_removed on learning_atoms(removed_at) where removed_at is not null;
create index idx_concepts_area on concepts(concept_area_id);
create index idx_review_queue_pending_order on review_queue(quality_score desc, created_at)
  where status = 'pending';
