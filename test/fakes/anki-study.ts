import type {FakeCollection} from './anki-collection.js';
import {fsrsAnswer, loggedFactor} from './anki-fsrs.js';
import {presetParams} from './anki-presets.js';
import {answerCard, type RevlogRow} from './anki-scheduler.js';
import {daysElapsed, elapsedDaysSince, nextDayAt} from './anki-timing.js';

/** One answer to simulate. */
export interface FakeAnswer {
  rating: 1 | 2 | 3 | 4;
  at: Date;
}

// A revlog id is the millisecond of the answer and the primary key of the whole collection's
// revlog table, not of one card's: rslib's `SqliteStorage::add_revlog_entry(entry, uniquify)`
// (rslib/src/storage/revlog/mod.rs, with add.sql) stores an answer whose id is taken, by any
// card, under max(id) + 1. Two cards answered in the same millisecond never share an id.
const usedIds = new WeakMap<FakeCollection, {ids: Set<number>; max: number}>();

function revlogIds(c: FakeCollection) {
  let used = usedIds.get(c);
  if (!used) {
    const ids = new Set([...c.revlog.values()].flatMap((rows) => rows.map((r) => r.id)));
    let max = 0;
    for (const id of ids) max = Math.max(max, id);
    used = {ids, max};
    usedIds.set(c, used);
  }
  return used;
}

function appendRow(c: FakeCollection, cardId: number, row: Omit<RevlogRow, 'id'>, at: number) {
  const rows = c.revlog.get(cardId) ?? [];
  const used = revlogIds(c);
  const id = used.ids.has(at) ? used.max + 1 : at;
  used.ids.add(id);
  used.max = Math.max(used.max, id);
  rows.push({id, ...row});
  c.revlog.set(cardId, rows);
}

/**
 * Answers a card at the given times as Anki would: the SM-2-like state machine of
 * anki-scheduler.ts, and with FSRS on (`c.fsrs`) the memory state from fsrs-rs with the deck's
 * preset, the review interval from it, and the revlog factor = 1000 × difficulty_shifted.
 */
export function simulateAnswers(
  c: FakeCollection,
  cardId: number,
  answers: readonly FakeAnswer[],
): void {
  const card = c.cards.get(cardId);
  if (card === undefined) throw new Error(`no card ${cardId}`);
  for (const answer of answers) {
    const at = answer.at.getTime();
    const today = daysElapsed(c.createdAt, at, c.timing);
    const {state, row} = answerCard(card, answer.rating, at, today);
    if (c.fsrs) {
      const preset = c.presetOf(card.deckName);
      const memory = c.memory.get(cardId) ?? null;
      const elapsed =
        memory === null ? 0 : elapsedDaysSince(nextDayAt(at, c.timing), memory.lastReviewMs);
      const retention = Number(preset.desiredRetention);
      const next = fsrsAnswer(memory, presetParams(preset), retention, elapsed, answer.rating);
      c.memory.set(cardId, {...next, lastReviewMs: at});
      row.factor = loggedFactor(next.difficulty);
      if (state.type === 2) {
        state.interval = Math.max(1, Math.round(next.interval));
        state.due = today + state.interval;
        row.ivl = state.interval;
      }
    }
    Object.assign(card, state, {mod: Math.floor(at / 1000)});
    appendRow(c, cardId, row, at);
  }
}

/**
 * Anki's "Set due date" (`Card::set_due_date` in rslib/src/scheduler/reviews.rs, FSRS on: the
 * interval becomes the days since the last review plus `days`), logged as a manual revlog row
 * (`log_manually_scheduled_review`, rslib/src/revlog/mod.rs: ease 0, type 4, factor =
 * difficulty_shifted × 1000 truncated, or the card's ease without FSRS).
 */
export function setDueDate(c: FakeCollection, cardId: number, days: number, at: Date): void {
  const card = c.cards.get(cardId);
  if (card === undefined) throw new Error(`no card ${cardId}`);
  const now = at.getTime();
  const today = daysElapsed(c.createdAt, now, c.timing);
  const memory = c.memory.get(cardId);
  const lastInterval = card.interval;
  const interval =
    c.fsrs && memory !== undefined
      ? elapsedDaysSince(nextDayAt(now, c.timing), memory.lastReviewMs) + days
      : Math.max(1, card.interval);
  Object.assign(card, {
    type: 2,
    queue: 2,
    due: today + days,
    interval,
    mod: Math.floor(now / 1000),
  });
  const factor =
    c.fsrs && memory !== undefined
      ? Math.trunc(((memory.difficulty - 1) / 9 + 0.1) * 1000)
      : card.factor;
  appendRow(
    c,
    cardId,
    {usn: -1, ease: 0, ivl: interval, lastIvl: lastInterval, factor, time: 0, type: 4},
    now,
  );
}
