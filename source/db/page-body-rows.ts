import {jsonText} from './camel-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** A flashcard page whose body is due: new, or edited since its body was fetched. */
export interface DueBody {
  pageId: string;
  editedAt: Date;
}

/** Records each walked flashcard page's last_edited_time (rows already at it are left alone). */
export async function recordPageEditTimes(
  tx: Client,
  pages: readonly {id: string; lastEdited: string}[],
): Promise<void> {
  if (pages.length === 0) return;
  await tx`
    update stg_notion_flashcards s set page_edited_at = v.edited_at
    from unnest(${pages.map((p) => p.id)}::text[], ${pages.map((p) => p.lastEdited)}::timestamptz[])
      as v(page_id, edited_at)
    where s.notion_page_id = v.page_id and s.page_edited_at is distinct from v.edited_at`;
}

/** Pages whose body is due, most recently edited first. */
export async function findDueBodies(sql: Client): Promise<DueBody[]> {
  const rows = await sql<{page_id: string; edited_at: Date}[]>`
    select notion_page_id as page_id, page_edited_at as edited_at from stg_notion_flashcards
    where page_edited_at is not null and content_edited_at is distinct from page_edited_at
    order by page_edited_at desc, notion_page_id`;
  return rows.map((row) => ({pageId: row.page_id, editedAt: row.edited_at}));
}

/** Stores one page's blocks and the edit time they belong to (committed on its own). */
export async function savePageBody(
  sql: Client,
  pageId: string,
  blocks: unknown,
  editedAt: Date,
): Promise<void> {
  await sql`
    update stg_notion_flashcards
    set raw_content = ${jsonText(blocks)}::text::jsonb, content_edited_at = ${editedAt}
    where notion_page_id = ${pageId}`;
}
