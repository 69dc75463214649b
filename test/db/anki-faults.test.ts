import {afterEach, beforeEach, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {pushToAnki} from '../../source/anki/sync/push-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {syntheticAnkiAtoms} from '../helpers/synthetic-dataset.js';
import {insertAnkiCourse, testSettings} from './anki-fixtures.js';

// AnkiConnect faults: each run ends completed or failed with sync_log saying why, nothing
// already saved is lost, and the next run converges (no duplicate notes in Anki).
const now = new Date('2025-03-01T10:00:00Z');
const atoms = syntheticAnkiAtoms(12, 1, 'FLT');

describeEachBackend('AnkiConnect faults', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    await insertAnkiCourse(db().sql, 'Fault', atoms);
    fake = await startFakeAnki({now: () => now.getTime(), delayMs: 1});
  });
  afterEach(() => fake.stop());

  const push = () =>
    pushToAnki(db(), createAnkiClient({url: fake.url, chunkSize: 5}), {
      now,
      onProgress: ignoreProgress,
      settings: testSettings,
      url: fake.url,
    });
  const lastRun = async () =>
    (
      await db().sql`select sync_type, status, error_message, details from sync_log
      order by started_at desc limit 1`
    )[0]!;
  const linked = async () =>
    (
      await db().sql`select count(*)::int as n from learning_atoms where anki_note_id is not null`
    )[0]!.n;

  it('"collection is not available": fails with the reason, then a rerun completes', async () => {
    fake.failNext(1);
    await expect(push()).rejects.toThrow(/collection is not available/);
    expect(await lastRun()).toMatchObject({sync_type: 'anki_push', status: 'failed'});
    expect(await linked()).toBe(0);
    const result = await push();
    expect(result.added).toBe(12);
    expect(await linked()).toBe(12);
    expect(fake.collection.notes.size).toBe(12);
  });

  it('Anki going away in the middle of a push: the rerun links what was added, no duplicates', async () => {
    // Let the setup and the first batch through, then every request fails.
    fake.failAfter('multi', 2);
    await expect(push()).rejects.toThrow();
    expect((await lastRun()).status).toBe('failed');
    const addedBeforeFailure = fake.collection.notes.size;
    expect(addedBeforeFailure).toBeGreaterThan(0);
    expect(addedBeforeFailure).toBeLessThan(12);
    fake.failNext(0);
    await push();
    expect(await linked()).toBe(12);
    const cardIds = [...fake.collection.notes.values()].map((note) => note.fields.CardID);
    expect(new Set(cardIds).size).toBe(cardIds.length);
    expect(cardIds.length).toBe(12);
    expect(fake.maxInFlight()).toBe(1);
  });

  it('an error on one note inside a batch keeps the others; the next push adds it', async () => {
    fake.failNote('FLT-05', 'cannot create note because it is empty');
    const first = await push();
    expect(first.failures.map((f) => f.cardKey)).toEqual(['FLT-05']);
    expect(await linked()).toBe(11);
    expect(await lastRun()).toMatchObject({status: 'completed'});
    fake.collection.failingNotes.clear();
    const second = await push();
    expect(second.added).toBe(1);
    expect(await linked()).toBe(12);
  });

  it('a pull that fails midway leaves the previous statistics intact', async () => {
    await push();
    const before = await db()
      .sql`select card_id, anki_card_id, anki_review_count from learning_atoms order by card_id`;
    fake.failNext(10_000);
    await expect(
      pullFromAnki(db(), createAnkiClient({url: fake.url}), {
        now,
        onProgress: ignoreProgress,
        url: fake.url,
      }),
    ).rejects.toThrow();
    expect((await lastRun()).status).toBe('failed');
    const after = await db()
      .sql`select card_id, anki_card_id, anki_review_count from learning_atoms order by card_id`;
    expect(after).toEqual(before);
  });
});
