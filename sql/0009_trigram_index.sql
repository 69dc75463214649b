-- Migration 0009: near-duplicate detection uses trigram similarity through a GIN index instead
-- of comparing all pairs. pg_trgm ships with PostgreSQL's contrib and with PGlite.
-- Rollback: drop index idx_learning_atoms_front_trgm; drop extension pg_trgm;
create extension if not exists pg_trgm;
create index idx_learning_atoms_front_trgm on learning_atoms using gin (front gin_trgm_ops);
