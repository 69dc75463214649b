-- Migration 0004: the schema document's own usage query for v_concept_atom_stats filters on
-- needs_review_count, which the documented view lacks. Appended as the last column so the view
-- can be replaced in place.
-- Rollback: recreate v_concept_atom_stats from 0001 (drop view first, then create).
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
  avg(a.anki_interval) as avg_interval,
  count(a.id) filter (where a.needs_review = true) as needs_review_count
from concepts c
left join learning_atoms a on a.concept_id = c.id
group by c.id, c.name, c.status;
