import {afterAll, beforeAll, expect, it} from 'vitest';
import {createAnkiClient} from '../source/anki/client.js';
import {pullFromAnki} from '../source/anki/sync/pull-service.js';
import {pushToAnki} from '../source/anki/sync/push-service.js';
import type {Database} from '../source/db/connection.js';
import {ignoreProgress} from '../source/progress/progress-events.js';
import {insertAnkiCourse, testSettings} from '../test/db/anki-fixtures.js';
import {defaultPreset} from '../test/fakes/anki-presets.js';
import {type FakeAnki, type FakeAnkiRequest, startFakeAnki} from '../test/fakes/anki-server.js';
import {createTestDatabase} from '../test/helpers/database.js';
import {syntheticAnkiAtoms, syntheticAnkiReviews} from '../test/helpers/synthetic-dataset.js';
import {record} from './recorder.js';

const count = 10_000;
const benchParams = [
  0.35, 1.6, 3.1, 10.5, 6.9, 0.62, 2.4, 0.004, 1.55, 0.21, 0.9, 1.7, 0.08, 0.3, 1.4, 0.45, 2.2, 0.6,
  0.12, 0.09, 0.25,
];
const now = new Date('2025-03-01T10:00:00Z');
let db: Database;
let fake: FakeAnki;

beforeAll(async () => {
  db = await createTestDatabase('embedded');
  fake = await startFakeAnki({now: () => now.getTime()});
  await insertAnkiCourse(db.sql, 'Bench', syntheticAnkiAtoms(count, 1, 'BENCH'));
});
afterAll(async () => {
  await fake?.stop();
  await db?.close();
});

/** Seconds the fake alone needs to answer the same requests again (one after another). */
async function replaySeconds(target: FakeAnki, requests: readonly FakeAnkiRequest[]) {
  const start = performance.now();
  for (const request of requests) {
    const response = await fetch(target.url, {
      method: 'POST',
      body: JSON.stringify(request.body),
    });
    await response.text();
  }
  return (performance.now() - start) / 1000;
}

it('push of 10,000 new notes, then pull of 10,000 cards with 5 reviews each', async () => {
  const options = {now, onProgress: ignoreProgress, url: fake.url};
  let start = performance.now();
  const pushed = await pushToAnki(db, createAnkiClient({url: fake.url}), {
    ...options,
    settings: testSettings,
  });
  const pushSeconds = (performance.now() - start) / 1000;
  expect(pushed.added).toBe(count);
  const pushRequests = [...fake.requests];

  // A fresh fake to replay the push against (the first one now holds the notes).
  const replayTarget = await startFakeAnki({now: () => now.getTime()});
  const pushReference = await replaySeconds(replayTarget, pushRequests);
  await replayTarget.stop();

  // FSRS on in Anki, with an optimised preset: the pull reads it and checks the logged difficulty.
  fake.collection.fsrs = true;
  fake.collection.presets.set(1, {...defaultPreset(1, 'Default'), fsrsParams6: benchParams});
  const reviews = syntheticAnkiReviews(count, 1, {now, perCard: 5});
  for (const [index, card] of [...fake.collection.cards.values()].entries()) {
    fake.simulateReviews(card.id, reviews[index]!);
  }
  const before = fake.requests.length;
  start = performance.now();
  const pulled = await pullFromAnki(db, createAnkiClient({url: fake.url}), {
    ...options,
    day: {timeZone: 'UTC', startsAtHour: 4},
  });
  const pullSeconds = (performance.now() - start) / 1000;
  expect(pulled.updated).toBe(count);
  expect(pulled.presetsWithDefaults).toEqual([]);
  expect(pulled.difficultyCheck).toMatchObject({compared: count, mismatches: []});
  const pullRequests = fake.requests.slice(before);
  const pullReference = await replaySeconds(fake, pullRequests);

  record({
    id: 'anki.push.requests',
    job: 'Anki push of 10,000 new notes: HTTP requests',
    value: pushRequests.length,
    unit: 'requests',
    reference: null,
    target: {op: '<=', value: 40, describe: '≤ 40'},
  });
  record({
    id: 'anki.push.seconds',
    job: 'Anki push of 10,000 new notes against the fake (embedded DB)',
    value: pushSeconds,
    unit: 's',
    reference: {label: 'fake answering the same requests', value: pushReference},
    target: {op: '<', value: 10, describe: '< 10 s'},
  });
  record({
    id: 'anki.pull.requests',
    job: 'Anki pull of 10,000 cards: HTTP requests',
    value: pullRequests.length,
    unit: 'requests',
    reference: null,
    target: {op: '<=', value: 40, describe: '≤ 40'},
  });
  record({
    id: 'anki.pull.seconds',
    job: 'Anki pull of 10,000 cards × 5 reviews against the fake (embedded DB)',
    value: pullSeconds,
    unit: 's',
    reference: {label: 'fake answering the same requests', value: pullReference},
    target: {op: '<', value: 10, describe: '< 10 s'},
  });
});
