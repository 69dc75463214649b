import {type TimeOrderedIdBase, timeOrderedIdBase} from './cleaning-log-rows.js';
import type {Sql, TransactionSql} from './sql-client.js';

type Client = Sql | TransactionSql;

/** The grading columns stored on an atom. */
export interface StoredGrade {
  qualityScore: number;
  isAtomic: boolean;
  frontWordCount: number;
  backWordCount: number;
  atomicityStatus: string;
  needsReview: boolean;
}

/** New grading columns of one atom, with the grade and rule names its cleaning_log entry shows. */
export interface AtomGradeUpdate extends StoredGrade {
  id: string;
  grade: string;
  issues: readonly string[];
}

/** One atom's cleaning changes: a new front (and the steps that made it), new grade, or both. */
export interface AtomCleaningUpdate {
  id: string;
  front: string | null;
  steps: readonly string[] | null;
  grade: Omit<AtomGradeUpdate, 'id'> | null;
  /** The front's plain projection to store (null: the front has no markup); undefined: keep. */
  frontPlain?: string | null | undefined;
}

// From this many atoms on, the trigram index collects its new entries and merges them at once.
const bulkUpdate = 1_000;

const list = (items: readonly string[] | null | undefined) => (items ? items.join(',') : null);

// The page as a table: one row per atom with its new values (null where nothing changes) and its
// two log ids, counted up from the time-ordered base in atom order.
function pageRows(sql: Client, part: readonly AtomCleaningUpdate[], ids: TimeOrderedIdBase) {
  const g = (pick: (grade: NonNullable<AtomCleaningUpdate['grade']>) => unknown) =>
    part.map((u) => (u.grade ? pick(u.grade) : null));
  return sql`
    -- Booleans travel as text: postgres.js would send a boolean array as one boolean.
    select x.id, x.front, x.plain, x.set_plain::boolean as set_plain, x.steps, x.score,
           x.atomic::boolean as atomic, x.fw, x.bw, x.status, x.review::boolean as review, x.grade, x.issues, x.score is not null as graded,
           (${ids.prefix} || lpad(to_hex(${ids.start}::bigint + 2 * (x.n - 1)), 12, '0'))::uuid
             as front_log_id,
           (${ids.prefix} || lpad(to_hex(${ids.start}::bigint + 2 * x.n - 1), 12, '0'))::uuid
             as grade_log_id
    from unnest(
      ${part.map((u) => u.id)}::uuid[],
      ${part.map((u) => u.front) as string[]}::text[],
      ${part.map((u) => u.frontPlain ?? null) as string[]}::text[],
      ${part.map((u) => String(u.frontPlain !== undefined))}::text[],
      ${part.map((u) => list(u.steps)) as string[]}::text[],
      ${g((x) => x.qualityScore) as number[]}::numeric[],
      ${g((x) => String(x.isAtomic)) as string[]}::text[],
      ${g((x) => x.frontWordCount) as number[]}::int[],
      ${g((x) => x.backWordCount) as number[]}::int[],
      ${g((x) => x.atomicityStatus) as string[]}::text[],
      ${g((x) => String(x.needsReview)) as string[]}::text[],
      ${g((x) => x.grade) as string[]}::text[],
      ${g((x) => list(x.issues)) as string[]}::text[]
    ) with ordinality as x(id, front, plain, set_plain, steps, score, atomic, fw, bw, status,
                           review, grade, issues, n)`;
}

// The grading entry of cleaning_log: the stored grade before (null for a first grading) and after.
function gradeLogInsert(sql: Client, now: Date) {
  return sql`
    insert into cleaning_log (id, atom_id, operation, old_value, new_value, performed_at)
    select u.grade_log_id, u.id, 'atomicity_check',
           case when old.quality_score is null and old.atomicity_status is null then null
                else jsonb_build_object(
                  'quality_score', old.quality_score, 'is_atomic', old.is_atomic,
                  'front_word_count', old.front_word_count,
                  'back_word_count', old.back_word_count,
                  'atomicity_status', old.atomicity_status, 'needs_review', old.needs_review)
           end,
           jsonb_build_object(
             'quality_score', u.score, 'is_atomic', u.atomic,
             'front_word_count', u.fw, 'back_word_count', u.bw,
             'atomicity_status', u.status, 'needs_review', u.review,
             'grade', u.grade,
             'issues', to_jsonb(string_to_array(coalesce(u.issues, ''), ','))),
           ${now}
    from u join old on old.id = u.id
    where u.graded
    returning 1`;
}

// One statement per page of atoms: the `old` CTE reads the rows as they were (every part of a statement
// sees the same snapshot), the update writes the new values and the two inserts log both sides.
// The log is built here from the same arrays instead of shipping 100,000 JSON texts (escaping and
// parsing those took longer than the writes), and its ids are counted up from a time-ordered
// base, two per atom in atom order. (One JSON text of all atoms instead of the arrays was slower
// still: json_to_recordset spent 2.3 s parsing it.)
function writePage(
  sql: Client,
  part: readonly AtomCleaningUpdate[],
  ids: TimeOrderedIdBase,
  now: Date,
) {
  return sql`
    with u as (${pageRows(sql, part, ids)}),
    old as (
      select a.id, a.front, a.quality_score, a.is_atomic, a.front_word_count, a.back_word_count,
             a.atomicity_status, a.needs_review
      from learning_atoms a join u on u.id = a.id
    ),
    changed as (
      update learning_atoms a
      set front = coalesce(u.front, a.front),
          front_plain = case when u.set_plain then u.plain else a.front_plain end,
          quality_score = case when u.graded then u.score else a.quality_score end,
          is_atomic = case when u.graded then u.atomic else a.is_atomic end,
          front_word_count = case when u.graded then u.fw else a.front_word_count end,
          back_word_count = case when u.graded then u.bw else a.back_word_count end,
          atomicity_status = case when u.graded then u.status else a.atomicity_status end,
          needs_review = case when u.graded then u.review else a.needs_review end,
          updated_at = ${now}
      from u where a.id = u.id
      returning a.id
    ),
    front_log as (
      insert into cleaning_log (id, atom_id, operation, old_value, new_value, performed_at)
      select u.front_log_id, u.id, 'prefix_normalize', jsonb_build_object('front', old.front),
             jsonb_build_object('front', u.front,
                                'steps', to_jsonb(string_to_array(coalesce(u.steps, ''), ','))),
             ${now}
      from u join old on old.id = u.id
      where u.front is not null
      returning 1
    ),
    grade_log as (${gradeLogInsert(sql, now)})
    select (select count(*) from changed)::int as atoms,
           ((select count(*) from front_log) + (select count(*) from grade_log))::int as logged`;
}

/** What a cleaning run wrote; `pendingTrigrams`: call {@link mergePendingTrigrams} after the commit. */
export interface CleaningWriteTotals {
  atoms: number;
  logged: number;
  pendingTrigrams: boolean;
}

/** Takes a run's updates page by page; see {@link createCleaningWriter}. */
export interface CleaningWriter {
  /**
   * Prepares the write statement with an empty page. Await it before sending anything else:
   * postgres.js pipelines a statement only once it is prepared, and inside a transaction a
   * statement it must prepare first holds up every one sent after it.
   */
  prepare(): Promise<void>;
  /** Sends one page's updates (ids above every earlier page's) without waiting for them. */
  write(updates: readonly AtomCleaningUpdate[]): void;
  /** Waits for every page. */
  finish(): Promise<CleaningWriteTotals>;
}

/**
 * Writes new fronts and grades, one row version per atom, and logs each change in cleaning_log
 * with its old and new values. Use it inside a transaction: a bulk run tunes the trigram index
 * for the length of it. Pages go out as they come (postgres.js pipelines them on the
 * connection), so the server writes one page while the caller grades the next.
 */
export function createCleaningWriter(sql: Client, now: Date): CleaningWriter {
  const ids = timeOrderedIdBase(now);
  const statements: Promise<readonly unknown[]>[] = [];
  let written = 0;
  let bulk: boolean | null = null;
  const send = (statement: Promise<readonly unknown[]>) => {
    // Attaching a handler sends it now (postgres.js queries are lazy) and keeps a failure from
    // counting as unhandled before finish() awaits it.
    statement.catch(() => {});
    statements.push(statement);
  };
  return {
    async prepare() {
      await writePage(sql, [], ids, now);
    },
    write(updates) {
      if (updates.length === 0) return;
      if (bulk === null) {
        // Decided on the first page: a run that regrades its first page in bulk regrades the rest.
        bulk = updates.length >= bulkUpdate;
        // New fronts, and grade updates that find no room on their page, add ~60 trigram entries
        // each to the GIN index. Collected in its pending list (limit in kB, for this transaction)
        // and merged once afterwards, 100,000 of them cost a third of entry-by-entry insertion.
        if (bulk) {
          send(sql`select set_config('gin_pending_list_limit', '65536', true)`);
        }
      }
      // In key order, primary-key lookups and new index entries land on neighbouring pages, and
      // the log's time-ordered ids (two per atom) follow the same order.
      const sorted = [...updates].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
      send(writePage(sql, sorted, {prefix: ids.prefix, start: ids.start + 2 * written}, now));
      written += sorted.length;
    },
    async finish() {
      const total: CleaningWriteTotals = {atoms: 0, logged: 0, pendingTrigrams: bulk === true};
      for (const result of await Promise.all(statements)) {
        const row = result[0] as {atoms?: number; logged?: number} | undefined;
        total.atoms += row?.atoms ?? 0;
        total.logged += row?.logged ?? 0;
      }
      return total;
    },
  };
}

/**
 * Moves the trigram index's pending entries into the index proper, so later lookups do not scan
 * a long pending list. It may run while other work goes on (autovacuum does the same).
 */
export async function mergePendingTrigrams(sql: Client): Promise<void> {
  await sql`select gin_clean_pending_list('idx_learning_atoms_front_trgm'::regclass)`;
}
