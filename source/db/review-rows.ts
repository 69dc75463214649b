import {camelRows} from './camel-rows.js';
import type {Imaged} from './review-atom-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** A `review_queue` row as stored. */
export interface QueueRow {
  id: string;
  atomType: string;
  front: string;
  back: string | null;
  conceptId: string | null;
  moduleId: string | null;
  originalFront: string | null;
  originalBack: string | null;
  originalAtomId: string | null;
  status: string;
  source: string;
  batchId: string | null;
  qualityScore: number | null;
  aiConfidence: number | null;
  rewriteReason: string | null;
  approvedAt: Date | null;
  approvedAtomId: string | null;
  reviewerNotes: string | null;
  createdAt: Date;
  content: unknown;
}

/** A queue row with its group key and the current state of its original atom (for listing). */
export interface ListedQueueRow extends QueueRow {
  groupKey: string;
  atomFront: string | null;
  atomBack: string | null;
  atomQualityScore: number | null;
  atomCardId: string | null;
  atomNotionId: string | null;
  atomRemovedAt: Date | null;
}

/** Which queue rows to list. `statuses` null means every status. */
export interface QueueFilter {
  statuses: readonly string[] | null;
  source: string | null;
  batchId: string | null;
}

/** The outcome of a decision for one queue row. */
export interface QueueDecisionUpdate {
  id: string;
  status: string;
  approvedAt: Date | null;
  approvedAtomId: string | null;
  reviewerNotes: string | null;
}

function where(sql: Client, filter: QueueFilter) {
  return sql`
    where (${filter.statuses === null} or q.status = any(${filter.statuses ?? []}::text[]))
      and (${filter.source === null} or q.source = ${filter.source ?? ''})
      and (${filter.batchId === null} or q.batch_id = ${filter.batchId ?? ''})`;
}

function groupKey(sql: Client) {
  return sql`coalesce(q.original_atom_id::text, q.id::text) || '|' || coalesce(q.batch_id, '')`;
}

/**
 * One page of review groups (rows sharing original atom and batch), best proposal first then
 * oldest; every row of each group on the page, with the original atom's current text.
 */
export async function findReviewGroups(
  sql: Client,
  filter: QueueFilter,
  page: {limit: number; offset: number},
): Promise<ListedQueueRow[]> {
  const rows = await sql`
    with rows as (
      select q.*, ${groupKey(sql)} as group_key from review_queue q ${where(sql, filter)}
    ), groups as (
      select group_key, max(quality_score) as score, min(created_at) as first_at
      from rows group by group_key
      order by score desc nulls last, first_at asc, group_key
      limit ${page.limit} offset ${page.offset}
    )
    select r.*, a.front as atom_front, a.back as atom_back, a.quality_score as atom_quality_score,
           a.card_id as atom_card_id, a.notion_id as atom_notion_id,
           a.removed_at as atom_removed_at
    from groups g
    join rows r on r.group_key = g.group_key
    left join learning_atoms a on a.id = r.original_atom_id
    order by g.score desc nulls last, g.first_at asc, g.group_key, r.created_at, r.id`;
  return camelRows<ListedQueueRow>(rows);
}

/** How many groups match the filter. */
export async function countReviewGroups(sql: Client, filter: QueueFilter): Promise<number> {
  const [row] = await sql<{n: number}[]>`
    select count(distinct ${groupKey(sql)})::int as n from review_queue q ${where(sql, filter)}`;
  return row?.n ?? 0;
}

/** Rows and groups per status. */
export function countReviewStatuses(
  sql: Client,
): Promise<{status: string; rows: number; groups: number}[]> {
  return sql<{status: string; rows: number; groups: number}[]>`
    select coalesce(q.status, 'pending') as status, count(*)::int as rows,
           count(distinct ${groupKey(sql)})::int as groups
    from review_queue q group by 1 order by 1`;
}

/** Every row in the groups of the given queue ids (any status), with the original atoms. */
export async function findGroupsOf(sql: Client, ids: readonly string[]): Promise<ListedQueueRow[]> {
  const rows = await sql`
    with rows as (select q.*, ${groupKey(sql)} as group_key from review_queue q)
    select r.*, a.front as atom_front, a.back as atom_back, a.quality_score as atom_quality_score,
           a.card_id as atom_card_id, a.notion_id as atom_notion_id,
           a.removed_at as atom_removed_at
    from rows r left join learning_atoms a on a.id = r.original_atom_id
    where r.group_key in (select group_key from rows where id = any(${ids}::uuid[]))
    order by r.group_key, r.created_at, r.id`;
  return camelRows<ListedQueueRow>(rows);
}

/** Locks the given queue rows, or (groups) every pending row of their groups. */
export async function lockQueueRows(
  tx: Client,
  ids: readonly string[],
  wholeGroups: boolean,
): Promise<Imaged<QueueRow & {groupKey: string}>[]> {
  const rows = await tx`
    select to_jsonb(q) as image, q.*, ${groupKey(tx)} as group_key
    from review_queue q
    where q.id = any(${ids}::uuid[])
       or (${wholeGroups} and q.status = 'pending' and ${groupKey(tx)} in (
         select ${groupKey(tx)} from review_queue q where q.id = any(${ids}::uuid[])))
    order by group_key, q.created_at, q.id
    for update`;
  return camelRows<Imaged<QueueRow & {groupKey: string}>>(rows);
}

/** Writes the outcome of a decision to its queue rows. */
export async function updateQueueDecisions(
  tx: Client,
  updates: readonly QueueDecisionUpdate[],
): Promise<void> {
  if (updates.length === 0) return;
  await tx`
    update review_queue q
    set status = u.status, approved_at = u.approved_at, approved_atom_id = u.atom_id,
        reviewer_notes = u.notes
    from unnest(
      ${updates.map((u) => u.id)}::uuid[], ${updates.map((u) => u.status)}::text[],
      ${updates.map((u) => u.approvedAt?.toISOString() ?? null) as string[]}::timestamptz[],
      ${updates.map((u) => u.approvedAtomId) as string[]}::uuid[],
      ${updates.map((u) => u.reviewerNotes) as string[]}::text[]
    ) as u(id, status, approved_at, atom_id, notes)
    where q.id = u.id`;
}
