import type {Sql} from './sql-client.js';

/** An Anki card nls counts as a leech, with its stored history in brief. */
export interface LeechRow {
  atomId: string;
  cardKey: string;
  front: string;
  back: string | null;
  atomType: string;
  ankiCardId: number;
  lapses: number;
  /** Anki's FSRS difficulty on its 0–1 scale, if known. */
  difficulty: number | null;
  /** The last answers in Anki's stored log, oldest first (1 Again … 4 Easy). */
  lastAnswers: number[];
  /** Whether a rewrite of it already waits for review. */
  hasPendingReview: boolean;
}

interface RawLeech {
  id: string;
  card_key: string;
  front: string;
  back: string | null;
  atom_type: string;
  anki_card_id: string;
  anki_lapses: number | null;
  anki_difficulty: number | null;
  last_answers: number[] | null;
  has_pending: boolean;
}

/**
 * Live Anki cards with at least `lapses` lapses or a difficulty above `difficulty` (0–1), most
 * lapses first, each with its last three answers from the stored review log.
 */
export async function findLeeches(
  sql: Sql,
  limits: {lapses: number; difficulty: number},
): Promise<LeechRow[]> {
  const rows = await sql<RawLeech[]>`
    select a.id::text as id, coalesce(a.card_id, a.id::text) as card_key, a.front, a.back,
           a.atom_type, a.anki_card_id::text as anki_card_id, a.anki_lapses,
           a.anki_difficulty::float8 as anki_difficulty,
           (select array_agg(r.ease order by r.id) from (
              select id, ease from anki_revlog
              where card_id = a.anki_card_id and ease between 1 and 4
              order by id desc limit 3) r) as last_answers,
           exists (select 1 from review_queue q
                   where q.original_atom_id = a.id and q.status = 'pending') as has_pending
    from learning_atoms a
    where a.removed_at is null and a.anki_card_id is not null
      and (a.anki_lapses >= ${limits.lapses} or a.anki_difficulty > ${limits.difficulty})
    order by a.anki_lapses desc nulls last, a.anki_difficulty desc nulls last, a.id`;
  return rows.map((row) => ({
    atomId: row.id,
    cardKey: row.card_key,
    front: row.front,
    back: row.back,
    atomType: row.atom_type,
    ankiCardId: Number(row.anki_card_id),
    lapses: row.anki_lapses ?? 0,
    difficulty: row.anki_difficulty,
    lastAnswers: row.last_answers ?? [],
    hasPendingReview: row.has_pending,
  }));
}
