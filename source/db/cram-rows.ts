import type {QuizScopeFilter} from './quiz-rows.js';
import type {Sql} from './sql-client.js';

/** An atom as cram mode shows it. */
export interface CramRow {
  id: string;
  atomType: string;
  front: string;
  back: string;
}

/** Every live atom in scope, of any type (flashcards and clozes included); reads only. */
export async function findCramAtoms(sql: Sql, filter: QuizScopeFilter): Promise<CramRow[]> {
  const rows = await sql<{id: string; atom_type: string; front: string; back: string | null}[]>`
    select a.id::text as id, a.atom_type, a.front, a.back
    from learning_atoms a
    left join concepts c on c.id = a.concept_id
    where a.removed_at is null
    ${filter.conceptIds ? sql`and a.concept_id = any(${[...filter.conceptIds]}::uuid[])` : sql``}
    ${filter.moduleIds ? sql`and a.module_id = any(${[...filter.moduleIds]}::uuid[])` : sql``}
    ${filter.clusterIds ? sql`and c.cluster_id = any(${[...filter.clusterIds]}::uuid[])` : sql``}
    order by a.id`;
  return rows.map((row) => ({
    id: row.id,
    atomType: row.atom_type,
    front: row.front,
    back: row.back ?? '',
  }));
}
