-- Migration 0012: fronts hold Markdown (`**TCP**`, `$x^2$`), but near duplicates are judged on
-- what a reader sees. `front_plain` is the front's plain projection (markup removed, code and
-- math kept as text) when that differs from the front, null when the front has no markup — so
-- plain cards cost nothing and nothing stored is converted. The cleaning run (which grades every
-- atom before it compares them) fills it in; any other write that changes the front without
-- setting `front_plain` clears it, so it is never stale (null falls back to the front itself).
-- The trigram index moves to the same expression the near-duplicate queries use.
-- Rollback: drop trigger learning_atoms_front_plain_reset on learning_atoms;
--   drop function nls_reset_front_plain(); drop index idx_learning_atoms_front_trgm;
--   alter table learning_atoms drop column front_plain;
--   create index idx_learning_atoms_front_trgm on learning_atoms using gin (front gin_trgm_ops);
alter table learning_atoms add column front_plain text;

create function nls_reset_front_plain() returns trigger language plpgsql as $$
begin
  new.front_plain := null;
  return new;
end;
$$;

create trigger learning_atoms_front_plain_reset
  before update of front on learning_atoms
  for each row
  when (new.front is distinct from old.front and new.front_plain is not distinct from old.front_plain)
  execute function nls_reset_front_plain();

drop index idx_learning_atoms_front_trgm;
create index idx_learning_atoms_front_trgm on learning_atoms
  using gin ((coalesce(front_plain, front)) gin_trgm_ops);
