import {afterEach, beforeEach, expect, it} from 'vitest';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import type {Sql} from '../../source/db/sql-client.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {pushAnkiCourse} from './anki-fixtures.js';

const now = new Date('2025-03-01T10:00:00Z');
const day = 86_400_000;

const pullState = (sql: Sql) =>
  sql`select card_id, anki_review_count, anki_stability, anki_difficulty,
             to_char(anki_due_date, 'YYYY-MM-DD') as due
      from learning_atoms order by card_id`;

// A pull stores the review log first and the cards' state after it. Killed in between, the next
// pull reads the history back from the stored log instead of from Anki; it must come to the same
// state. (The kill test found the two disagreeing: its fake gave two cards answered in the same
// millisecond one revlog id, which a real collection never does, and the stored log kept one.)
describeEachBackend('pull after a pull cut off between the review log and the card state', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime()});
  });
  afterEach(() => fake.stop());

  it('reads the stored history back to the same FSRS state as a first pull', async () => {
    const keys = Array.from({length: 12}, (_, i) => `PR-${i}`);
    const {client, options} = await pushAnkiCourse(db(), fake.url, {
      prefix: 'Resume',
      atoms: keys.map((cardId) => ({cardId})),
      now,
    });
    // Every card answered at the same moments: a learner's batch, or an import.
    for (const card of fake.collection.cards.values()) {
      fake.simulateReviews(card.id, [
        {rating: 3, at: new Date(now.getTime() - 9 * day)},
        {rating: 1, at: new Date(now.getTime() - 5 * day)},
        {rating: 3, at: new Date(now.getTime() - day)},
      ]);
    }
    await pullFromAnki(db(), client, options);
    const first = await pullState(db().sql);
    const [stored] = await db().sql`select count(*)::int as n from anki_revlog`;
    expect(stored!.n).toBe(36);
    // The cut-off pull: the log is stored, the cards' state is not.
    await db().sql`
      update learning_atoms set anki_review_count = null, anki_stability = null,
             anki_difficulty = null, anki_due_date = null`;
    await pullFromAnki(db(), client, options);
    expect(await pullState(db().sql)).toEqual(first);
    expect(first.every((row) => row.anki_review_count === 3 && row.anki_stability !== null)).toBe(
      true,
    );
  });
});
