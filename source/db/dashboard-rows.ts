import {camelRows} from './camel-rows.js';
import type {Sql} from './sql-client.js';

/** Live atoms of one type. */
export interface AtomTypeCount {
  atomType: string;
  count: number;
}

/** Status and grade counts over all atoms (removed ones counted apart). */
export interface AtomOverviewRow {
  total: number;
  removed: number;
  needsReview: number;
  inAnki: number;
  gradeA: number;
  gradeB: number;
  gradeC: number;
  gradeD: number;
  gradeF: number;
  ungraded: number;
}

/** Anki cards due on one day (overdue cards count on the first day). */
export interface DueDayRow {
  day: string;
  count: number;
}

/** The latest run of one sync type. */
export interface LastRunRow {
  syncType: string;
  startedAt: Date;
  completedAt: Date | null;
  status: string;
}

/** What the status bar shows: the last finished run and the review backlog. */
export interface StatusSummaryRow {
  lastSyncAt: Date | null;
  lastSyncType: string | null;
  pendingReviews: number;
}

/** Live atoms per type, most common first. */
export function countLiveAtomsByType(sql: Sql): Promise<AtomTypeCount[]> {
  return sql`
    select atom_type, count(*)::int as count from learning_atoms
    where removed_at is null group by atom_type order by count desc, atom_type`.then(
    camelRows<AtomTypeCount>,
  );
}

/** Status counts and the grade distribution of live atoms, in one scan. */
export async function findAtomOverview(sql: Sql): Promise<AtomOverviewRow> {
  const [row] = await sql`
    select
      count(*) filter (where removed_at is null)::int as total,
      count(*) filter (where removed_at is not null)::int as removed,
      count(*) filter (where removed_at is null and needs_review)::int as needs_review,
      count(*) filter (where removed_at is null and anki_note_id is not null)::int as in_anki,
      count(*) filter (where removed_at is null and quality_score >= 0.90)::int as grade_a,
      count(*) filter (where removed_at is null and quality_score >= 0.75
                       and quality_score < 0.90)::int as grade_b,
      count(*) filter (where removed_at is null and quality_score >= 0.60
                       and quality_score < 0.75)::int as grade_c,
      count(*) filter (where removed_at is null and quality_score >= 0.40
                       and quality_score < 0.60)::int as grade_d,
      count(*) filter (where removed_at is null and quality_score < 0.40)::int as grade_f,
      count(*) filter (where removed_at is null and quality_score is null)::int as ungraded
    from learning_atoms`.then(camelRows<AtomOverviewRow>);
  return row!;
}

/** Anki cards due per day from `today` for `days` days; overdue cards fall on `today`. */
export function findAnkiDueForecast(sql: Sql, today: string, days: number): Promise<DueDayRow[]> {
  return sql`
    select to_char(greatest(anki_due_date, ${today}::date), 'YYYY-MM-DD') as day,
           count(*)::int as count
    from learning_atoms
    where removed_at is null and anki_due_date is not null
      and anki_due_date < ${today}::date + ${days}::int
    group by 1 order by 1`.then(camelRows<DueDayRow>);
}

/** Quiz items due at `now` (live atoms only). */
export async function countDueQuizItems(sql: Sql, now: Date): Promise<number> {
  const [row] = await sql<{count: number}[]>`
    select count(*)::int as count from quiz_schedule q
    join learning_atoms a on a.id = q.atom_id
    where q.due <= ${now} and a.removed_at is null`;
  return row?.count ?? 0;
}

/** Rewrites waiting in the review queue. */
export async function countPendingReviews(sql: Sql): Promise<number> {
  const [row] = await sql<{count: number}[]>`
    select count(*)::int as count from review_queue where status = 'pending'`;
  return row?.count ?? 0;
}

/** The latest run of each sync type. */
export function findLastRunPerType(sql: Sql): Promise<LastRunRow[]> {
  return sql`
    select distinct on (sync_type) sync_type, started_at, completed_at, status
    from sync_log order by sync_type, started_at desc`.then(camelRows<LastRunRow>);
}

/** The last completed run and the pending review count, for the status bar. */
export async function findStatusSummary(sql: Sql): Promise<StatusSummaryRow> {
  const [row] = await sql`
    select
      (select completed_at from sync_log where status = 'completed'
        order by started_at desc limit 1) as last_sync_at,
      (select sync_type from sync_log where status = 'completed'
        order by started_at desc limit 1) as last_sync_type,
      (select count(*)::int from review_queue where status = 'pending') as pending_reviews`.then(
    camelRows<StatusSummaryRow>,
  );
  return row!;
}
