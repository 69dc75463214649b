import {z} from 'zod';
import type {AnkiReview} from '../db/revlog-rows.js';

/** Anki revlog `type`: how a review happened. */
export const REVLOG_TYPE = {
  learning: 0,
  review: 1,
  relearning: 2,
  filtered: 3,
  manual: 4,
  rescheduled: 5,
} as const;

const rowSchema = z.looseObject({
  id: z.number().int(),
  usn: z.number().int(),
  ease: z.number().int().min(0).max(4),
  ivl: z.number().int(),
  lastIvl: z.number().int(),
  factor: z.number().int(),
  time: z.number(),
  type: z.number().int(),
});

/** Parses one card's rows, oldest first. */
export function parseReviewRows(rows: unknown): AnkiReview[] {
  return z
    .array(rowSchema)
    .parse(rows)
    .map((row) => ({
      reviewId: row.id,
      reviewedAt: new Date(row.id),
      usn: row.usn,
      ease: row.ease,
      interval: row.ivl,
      lastInterval: row.lastIvl,
      factor: row.factor,
      timeMs: row.time,
      type: row.type,
    }))
    .sort((a, b) => a.reviewId - b.reviewId);
}

/** Parses a `getReviewsOfCards` result (`{cardId: rows[]}`) into a map keyed by card id. */
export function parseReviews(result: unknown): Map<number, AnkiReview[]> {
  const byCard = z.record(z.string(), z.unknown()).parse(result);
  const out = new Map<number, AnkiReview[]>();
  for (const [cardId, rows] of Object.entries(byCard)) {
    out.set(Number(cardId), parseReviewRows(rows));
  }
  return out;
}

// One `cardReviews` row: `id, cid, usn, ease, ivl, lastIvl, factor, time, type` as an array
// (FooSoft/anki-connect plugin/__init__.py returns the SQLite rows as they are).
const deckRowSchema = z.tuple([
  z.number().int(),
  z.number().int(),
  z.number().int(),
  z.number().int().min(0).max(4),
  z.number().int(),
  z.number().int(),
  z.number().int(),
  z.number(),
  z.number().int(),
]);

/** Parses a `cardReviews(deck, startID)` result into entries with their card ids. */
export function parseDeckReviews(result: unknown): Array<AnkiReview & {cardId: number}> {
  return z
    .array(deckRowSchema)
    .parse(result)
    .map(([id, cid, usn, ease, ivl, lastIvl, factor, time, type]) => ({
      cardId: cid,
      reviewId: id,
      reviewedAt: new Date(id),
      usn,
      ease,
      interval: ivl,
      lastInterval: lastIvl,
      factor,
      timeMs: time,
      type,
    }));
}
