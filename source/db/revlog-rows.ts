import type {Sql} from './sql-client.js';

/** One revlog row of a card (what the revlog table stores, and what AnkiConnect reports). */
export interface AnkiReview {
  /** revlog id: the review time in epoch milliseconds. */
  reviewId: number;
  reviewedAt: Date;
  usn: number;
  /** Button pressed: 1 Again, 2 Hard, 3 Good, 4 Easy; 0 for a manual change. */
  ease: number;
  /** Interval after the review: days when positive, seconds when negative. */
  interval: number;
  lastInterval: number;
  /** Ease factor after the review (×1000); 0 on resets and cramming. */
  factor: number;
  /** Answer time in milliseconds. */
  timeMs: number;
  type: number;
}

/** A stored revlog row as the table holds it. */
interface RevlogRow {
  id: string;
  card_id: string;
  usn: number;
  ease: number;
  ivl: number;
  last_ivl: number;
  factor: number;
  taken_ms: number;
  type: number;
}

/** The newest stored revlog id (epoch ms), or 0 when none is stored. */
export async function latestRevlogId(sql: Sql): Promise<number> {
  const [row] = await sql<[{latest: string | null}?]>`select max(id) as latest from anki_revlog`;
  return row?.latest === null || row === undefined ? 0 : Number(row.latest);
}

/** Which of these cards already had their whole history read. */
export async function cardsWithHistory(sql: Sql, cardIds: readonly number[]): Promise<Set<number>> {
  if (cardIds.length === 0) return new Set();
  const rows = await sql<{card_id: string}[]>`
    select card_id from anki_revlog_cards where card_id = any(${cardIds as number[]}::bigint[])`;
  return new Set(rows.map((row) => Number(row.card_id)));
}

/** One revlog entry to store, with its card. */
export interface RevlogEntry extends AnkiReview {
  cardId: number;
}

/**
 * Stores revlog entries (an entry already stored is left as it is) and records the cards whose
 * whole history was read; returns how many entries were new.
 */
export async function storeRevlog(
  sql: Sql,
  entries: readonly RevlogEntry[],
  historyRead: readonly number[],
  now: Date,
): Promise<number> {
  return sql.begin(async (tx) => {
    let added = 0;
    for (let start = 0; start < entries.length; start += 20_000) {
      const part = entries.slice(start, start + 20_000);
      const col = (pick: (e: RevlogEntry) => number) => part.map(pick);
      const result = await tx`
        insert into anki_revlog (id, card_id, reviewed_at, usn, ease, ivl, last_ivl, factor,
                                 taken_ms, type)
        select id, card_id, to_timestamp(id / 1000.0), usn, ease, ivl, last_ivl, factor,
               taken_ms, type
        from unnest(
          ${col((e) => e.reviewId)}::bigint[], ${col((e) => e.cardId)}::bigint[],
          ${col((e) => e.usn)}::int[], ${col((e) => e.ease)}::smallint[],
          ${col((e) => e.interval)}::int[], ${col((e) => e.lastInterval)}::int[],
          ${col((e) => e.factor)}::int[], ${col((e) => Math.round(e.timeMs))}::int[],
          ${col((e) => e.type)}::smallint[]
        ) as u(id, card_id, usn, ease, ivl, last_ivl, factor, taken_ms, type)
        on conflict (id) do nothing`;
      added += result.count;
    }
    if (historyRead.length > 0) {
      await tx`
        insert into anki_revlog_cards (card_id, history_read_at)
        select unnest(${historyRead as number[]}::bigint[]), ${now}
        on conflict (card_id) do nothing`;
    }
    return added;
  });
}

function toReview(row: RevlogRow): AnkiReview {
  const reviewId = Number(row.id);
  return {
    reviewId,
    reviewedAt: new Date(reviewId),
    usn: row.usn,
    ease: row.ease,
    interval: row.ivl,
    lastInterval: row.last_ivl,
    factor: row.factor,
    timeMs: row.taken_ms,
    type: row.type,
  };
}

/** The stored history of these cards, oldest first per card (cards without rows map to []). */
export async function findRevlogOfCards(
  sql: Sql,
  cardIds: readonly number[],
): Promise<Map<number, AnkiReview[]>> {
  const out = new Map<number, AnkiReview[]>(cardIds.map((id) => [id, []]));
  if (cardIds.length === 0) return out;
  const rows = await sql<RevlogRow[]>`
    select id, card_id, usn, ease, ivl, last_ivl, factor, taken_ms, type from anki_revlog
    where card_id = any(${cardIds as number[]}::bigint[])
    order by card_id, id`;
  for (const row of rows) out.get(Number(row.card_id))?.push(toReview(row));
  return out;
}
