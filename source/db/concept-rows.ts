import {camelRows} from './camel-rows.js';
import type {Sql} from './sql-client.js';

/** A live concept area. */
export interface AreaRow {
  id: string;
  name: string;
}

/** A live cluster and its area (null: not filed under an area). */
export interface ClusterRow {
  id: string;
  name: string;
  conceptAreaId: string | null;
}

/** A live concept with its parents, mastery and atom statistics. */
export interface ConceptStatsRow {
  id: string;
  name: string;
  clusterId: string | null;
  conceptAreaId: string | null;
  status: string | null;
  decScore: number | null;
  procScore: number | null;
  appScore: number | null;
  totalAtoms: number;
  atomicCount: number;
  inAnkiCount: number;
  avgEase: number | null;
  /** Mean predicted recall of its studied atoms today and on the exam, when an exam is set. */
  recall?: {now: number; exam: number; examDate: string} | null;
}

/** One atom as listed under its concept. */
export interface ConceptAtomRow {
  id: string;
  atomType: string;
  /** The front cut to a list line's worth of text. */
  front: string;
  qualityScore: number | null;
  needsReview: boolean;
  inAnki: boolean;
}

/** Everything the atom detail view shows. */
export interface AtomDetailRow {
  id: string;
  atomType: string;
  front: string;
  back: string | null;
  content: unknown;
  notionId: string | null;
  qualityScore: number | null;
  atomicityStatus: string | null;
  needsReview: boolean;
  ankiNoteId: number | null;
  ankiDeck: string | null;
  ankiEaseFactor: number | null;
  ankiInterval: number | null;
  ankiReviewCount: number | null;
  ankiLapses: number | null;
  ankiStability: number | null;
  ankiDifficulty: number | null;
  ankiDueDate: string | null;
  ankiLastReviewAt: Date | null;
  conceptName: string | null;
  /** The curriculum module the atom belongs to, if any. */
  moduleName: string | null;
  /** The Notion page's body (stored blocks), or null when none was fetched. */
  rawContent: unknown;
}

/** One cleaning_log entry of an atom. */
export interface CleaningHistoryRow {
  operation: string;
  oldValue: unknown;
  newValue: unknown;
  performedAt: Date;
}

/** The hierarchy rows of the concept tree, loaded once (three round-trips). */
export async function findConceptHierarchy(sql: Sql): Promise<{
  areas: AreaRow[];
  clusters: ClusterRow[];
  concepts: ConceptStatsRow[];
}> {
  const areas = await sql`
    select id, name from clean_concept_areas where removed_at is null
    order by display_order, name`.then(camelRows<AreaRow>);
  const clusters = await sql`
    select id, name, concept_area_id from clean_concept_clusters where removed_at is null
    order by display_order, name`.then(camelRows<ClusterRow>);
  const concepts = await sql`
    select c.id, c.name, c.cluster_id, c.concept_area_id, c.status,
           c.dec_score, c.proc_score, c.app_score,
           s.total_atoms::int as total_atoms, s.atomic_count::int as atomic_count,
           s.in_anki_count::int as in_anki_count, s.avg_ease::float8 as avg_ease
    from concepts c join v_concept_atom_stats s on s.concept_id = c.id
    where c.removed_at is null
    order by c.name`.then(camelRows<ConceptStatsRow>);
  return {areas, clusters, concepts};
}

/** The live atoms of one concept, for expanding it in the tree. */
export function findConceptAtoms(sql: Sql, conceptId: string): Promise<ConceptAtomRow[]> {
  return sql`
    select id, atom_type, left(front, 200) as front, quality_score, coalesce(needs_review, false) as needs_review,
           anki_note_id is not null as in_anki
    from learning_atoms
    where concept_id = ${conceptId} and removed_at is null
    order by atom_type, front`.then(camelRows<ConceptAtomRow>);
}

/** One atom with its concept name, or undefined when it does not exist. */
export async function findAtomDetail(sql: Sql, atomId: string): Promise<AtomDetailRow | undefined> {
  const [row] = await sql`
    select a.id, a.atom_type, a.front, a.back, a.content, a.notion_id, a.quality_score,
           a.atomicity_status, coalesce(a.needs_review, false) as needs_review, a.anki_note_id,
           a.anki_deck, a.anki_ease_factor, a.anki_interval, a.anki_review_count, a.anki_lapses,
           a.anki_stability, a.anki_difficulty, to_char(a.anki_due_date, 'YYYY-MM-DD') as anki_due_date,
           a.anki_last_review_at, c.name as concept_name, m.name as module_name, s.raw_content
    from learning_atoms a left join concepts c on c.id = a.concept_id
      left join learning_modules m on m.id = a.module_id
      left join stg_notion_flashcards s on s.notion_page_id = a.notion_id
    where a.id = ${atomId}`.then(camelRows<AtomDetailRow>);
  return row;
}

/** The latest cleaning_log entries of an atom, newest first. */
export function findCleaningHistory(
  sql: Sql,
  atomId: string,
  limit = 20,
): Promise<CleaningHistoryRow[]> {
  return sql`
    select operation, old_value, new_value, performed_at from cleaning_log
    where atom_id = ${atomId} order by performed_at desc limit ${limit}`.then(
    camelRows<CleaningHistoryRow>,
  );
}

/** Live concept names and ids, for the command palette's "open concept". */
export function findConceptNames(sql: Sql): Promise<{id: string; name: string}[]> {
  return sql<{id: string; name: string}[]>`
    select id, name from concepts where removed_at is null order by name`;
}
