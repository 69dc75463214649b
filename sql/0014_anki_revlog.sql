-- Migration 0014: Anki's review log, kept. One row per revlog entry of a card nls pushed (the
-- columns of Anki's `revlog` table as AnkiConnect's `cardReviews` and `getReviewsOfCards` return
-- them), keyed by the revlog id (the answer's time in epoch ms, unique in a collection), so a
-- pull that reads an entry twice stores it once. Quiz answers stay in quiz_attempts: recognising
-- an option is not recalling an answer, and the FSRS fit of Anki's history must not see them.
-- anki_revlog_cards lists the cards whose whole history was read once; after that a pull asks
-- only for entries newer than the last stored one.
-- Rollback: drop table anki_revlog_cards; drop table anki_revlog;
create table anki_revlog (
  id bigint primary key,
  card_id bigint not null,
  reviewed_at timestamptz not null,
  usn int not null,
  ease smallint not null check (ease between 0 and 4),
  ivl int not null,
  last_ivl int not null,
  factor int not null,
  taken_ms int not null,
  type smallint not null,
  stored_at timestamptz not null default now()
);
create index anki_revlog_card_idx on anki_revlog (card_id, id);

create table anki_revlog_cards (
  card_id bigint primary key,
  history_read_at timestamptz not null
);
