import {createEmptyCard, fsrs, type Grade, generatorParameters} from 'ts-fsrs';
import {afterEach, beforeEach, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {pushToAnki} from '../../source/anki/sync/push-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {recentSyncRuns} from '../../source/db/sync-log.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {insertAnkiCourse, testSettings} from './anki-fixtures.js';

const now = new Date('2025-03-01T10:00:00Z');
const day = 86_400_000;

/** An independent FSRS fold with ts-fsrs `next` (no fuzz, default parameters). */
function foldNext(reviews: ReadonlyArray<{rating: Grade; at: Date}>) {
  const f = fsrs(generatorParameters({enable_fuzz: false}));
  let card = createEmptyCard(reviews[0]!.at);
  for (const review of reviews) card = f.next(card, review.at, review.rating).card;
  return card;
}

interface PulledRow {
  card_id: string;
  anki_card_id: number | null;
  anki_ease_factor: number | null;
  anki_interval: number | null;
  anki_review_count: number | null;
  anki_lapses: number | null;
  anki_queue: number | null;
  anki_stability: number | null;
  anki_difficulty: number | null;
  anki_due_date: Date | string | null;
  anki_last_review_at: Date | null;
}

describeEachBackend('anki pull', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime(), delayMs: 1});
  });
  afterEach(() => fake.stop());
  const client = () => createAnkiClient({url: fake.url});

  it('stores ease, interval, reps, lapses, queue and the replayed FSRS state', async () => {
    const conceptId = await insertAnkiCourse(db().sql, 'Pull', [
      {cardId: 'P-1'},
      {cardId: 'P-2'},
      {cardId: 'P-3'},
    ]);
    const options = {
      now,
      onProgress: ignoreProgress,
      url: fake.url,
      day: {timeZone: 'UTC', startsAtHour: 4},
    };
    await pushToAnki(db(), client(), {...options, settings: testSettings});
    const cardOf = (key: string) =>
      [...fake.collection.notes.values()].find((n) => n.fields.CardID === key)!.cardIds[0]!;
    const reviews: Array<{rating: 1 | 2 | 3 | 4; at: Date}> = [
      {rating: 3, at: new Date(now.getTime() - 20 * day)},
      {rating: 3, at: new Date(now.getTime() - 19 * day)},
      {rating: 1, at: new Date(now.getTime() - 12 * day)},
      {rating: 3, at: new Date(now.getTime() - 11 * day)},
      {rating: 4, at: new Date(now.getTime() - 5 * day)},
    ];
    fake.simulateReviews(cardOf('P-1'), reviews);
    fake.simulateReviews(cardOf('P-2'), [{rating: 3, at: new Date(now.getTime() - 2 * day)}]);

    const before = fake.requests.length;
    const result = await pullFromAnki(db(), client(), options);
    expect(fake.requests.length - before).toBeLessThanOrEqual(5);
    expect(result).toMatchObject({cards: 3, updated: 3, reviewed: 2, unmatched: 0});

    const rows = await db().sql<PulledRow[]>`
      select card_id, anki_card_id, anki_ease_factor, anki_interval, anki_review_count,
             anki_lapses, anki_queue, anki_stability, anki_difficulty,
             anki_due_date::text as anki_due_date, anki_last_review_at
      from learning_atoms order by card_id`;
    const [p1, p2, p3] = rows;
    const expected = foldNext(reviews);
    const card = fake.collection.cards.get(cardOf('P-1'))!;
    expect(p1?.anki_card_id).toBe(card.id);
    expect(p1?.anki_ease_factor).toBeCloseTo(card.factor / 1000, 3);
    expect(p1).toMatchObject({
      anki_interval: card.interval,
      anki_review_count: 5,
      anki_lapses: 1,
      anki_queue: 2,
      // Anki's own due: a day number counted from the collection's creation day.
      anki_due_date: new Date(fake.collection.createdAt + card.due * day)
        .toISOString()
        .slice(0, 10),
    });
    expect(Math.abs(p1!.anki_stability! - expected.stability)).toBeLessThanOrEqual(0.01);
    expect(Math.abs(p1!.anki_difficulty! - (expected.difficulty - 1) / 9)).toBeLessThanOrEqual(
      0.01,
    );
    expect(p1?.anki_last_review_at?.getTime()).toBe(reviews[4]!.at.getTime());
    const single = foldNext([{rating: 3, at: new Date(now.getTime() - 2 * day)}]);
    expect(Math.abs(p2!.anki_stability! - single.stability)).toBeLessThanOrEqual(0.01);
    expect(p3).toMatchObject({
      anki_review_count: 0,
      anki_queue: 0,
      anki_stability: null,
      anki_difficulty: null,
      anki_due_date: null,
      anki_ease_factor: null,
    });

    const [run] = await recentSyncRuns(db().sql, 1);
    expect(run).toMatchObject({syncType: 'anki_pull', status: 'completed', itemsUpdated: 3});
    const [concept] = await db().sql<{dec_score: number | null}[]>`
      select dec_score from concepts where id = ${conceptId}`;
    expect(concept?.dec_score).not.toBeNull();
    expect(fake.maxInFlight()).toBe(1);
  });

  it('records a failed anki_pull when AnkiConnect is down', async () => {
    await fake.stop();
    await expect(
      pullFromAnki(db(), client(), {now, onProgress: ignoreProgress, url: fake.url}),
    ).rejects.toThrow(/not reachable/);
    const [run] = await recentSyncRuns(db().sql, 1);
    expect(run).toMatchObject({syncType: 'anki_pull', status: 'failed'});
    expect(run?.errorMessage).toMatch(/not reachable/);
  });
});
