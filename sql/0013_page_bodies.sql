-- Migration 0013: page bodies fetched only when due, and the property ids a query asks for.
-- stg_notion_flashcards.page_edited_at is the page's last_edited_time as of the latest walk;
-- content_edited_at is what it was when raw_content was fetched. A body is due while they
-- differ, which survives an interrupted run: the next one fetches only the bodies still due.
-- notion_sources.property_ids maps the mapped property names to their ids, learned from a
-- query, so later queries send them as filter_properties.
-- Rollback: alter table stg_notion_flashcards drop column page_edited_at,
--   drop column content_edited_at; alter table notion_sources drop column property_ids;
alter table stg_notion_flashcards
  add column page_edited_at timestamptz,
  add column content_edited_at timestamptz;
alter table notion_sources add column property_ids jsonb;
