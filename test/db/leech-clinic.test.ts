import {afterAll, afterEach, beforeAll, beforeEach, expect, it} from 'vitest';
import {createRewriter, type Rewriter} from '../../source/ai/gemini-rewriter.js';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {findLeeches} from '../../source/db/leech-rows.js';
import {rewriteLeeches} from '../../source/leech/leech-clinic.js';
import {DEFAULT_LEECH_LAPSES, leechHistory} from '../../source/leech/leech-history.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {createReviewService} from '../../source/review/review-service.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {type GeminiServer, startGeminiServer} from '../fakes/gemini-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {pushAnkiCourse} from './anki-fixtures.js';

const now = new Date('2025-03-01T10:00:00Z');
const day = 86_400_000;
const limits = {lapses: DEFAULT_LEECH_LAPSES, difficulty: 0.9};

describeEachBackend('leech clinic', (db) => {
  let fake: FakeAnki;
  let gemini: GeminiServer;
  let rewriter: Rewriter;
  beforeAll(async () => {
    gemini = await startGeminiServer();
    rewriter = createRewriter({
      apiKey: 'test-gemini-key',
      baseUrl: gemini.url,
      rpm: 60_000,
      sleep: async () => {},
    });
  });
  afterAll(() => gemini.close());
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime()});
    gemini.log.length = 0;
  });
  afterEach(() => fake.stop());

  /** A card answered Good, then forgotten and relearnt `lapses` times, one answer a day. */
  function forget(cardId: number, lapses: number) {
    const ratings: Array<1 | 3> = [
      3,
      ...Array.from({length: lapses}, () => [1, 3] as Array<1 | 3>).flat(),
    ];
    const start = now.getTime() - (ratings.length + 1) * day;
    fake.simulateReviews(
      cardId,
      ratings.map((rating, i) => ({rating, at: new Date(start + i * day)})),
    );
  }

  async function course() {
    const {client, options} = await pushAnkiCourse(db(), fake.url, {
      prefix: 'Leech',
      atoms: [{cardId: 'LE-1'}, {cardId: 'LE-2'}],
      now,
    });
    const cardOf = (key: string) =>
      [...fake.collection.notes.values()].find((n) => n.fields.CardID === key)!.cardIds[0]!;
    forget(cardOf('LE-1'), 8);
    forget(cardOf('LE-2'), 2);
    await pullFromAnki(db(), client, options);
  }

  it('lists cards past the lapse threshold with their history in words', async () => {
    await course();
    const leeches = await findLeeches(db().sql, limits);
    expect(leeches.map((l) => [l.cardKey, l.lapses])).toEqual([['LE-1', 8]]);
    expect(leeches[0]!.lastAnswers).toEqual([3, 1, 3]);
    expect(leechHistory(leeches[0]!)).toMatch(
      /^forgotten 8 times; last three answers Good, Again, Good; difficulty 0\.\d\d of 1$/,
    );
    expect((await findLeeches(db().sql, {...limits, lapses: 2})).map((l) => l.cardKey)).toEqual([
      'LE-1',
      'LE-2',
    ]);
  });

  it('sends leeches to the rewrite queue with the history in the prompt; approving keeps the note', async () => {
    await course();
    const leeches = await findLeeches(db().sql, limits);
    gemini.script({
      type: 'text',
      text: JSON.stringify({
        cards: [{front: 'Which LE-1 fact?', back: 'This one.', reason: 'clearer cue'}],
        confidence: 0.9,
      }),
    });
    const result = await rewriteLeeches(db(), rewriter, leeches, {
      now,
      limit: 10,
      onProgress: ignoreProgress,
    });
    expect(result).toEqual({attempted: 1, proposals: 1, failed: 0, alreadyPending: 0});
    expect(JSON.stringify(gemini.log[0]?.body)).toContain(
      'forgotten 8 times; last three answers Good, Again, Good',
    );
    const [row] = await db().sql<{id: string; original_atom_id: string; rewrite_reason: string}[]>`
      select id, original_atom_id, rewrite_reason from review_queue`;
    expect(row!.original_atom_id).toBe(leeches[0]!.atomId);
    expect(row!.rewrite_reason).toMatch(/^Leech \(forgotten 8 times/);
    // Already waiting for review: not sent again.
    const again = await rewriteLeeches(db(), rewriter, await findLeeches(db().sql, limits), {
      now,
      limit: 10,
      onProgress: ignoreProgress,
    });
    expect(again.attempted).toBe(0);
    const [before] = await db().sql<{anki_note_id: string}[]>`
      select anki_note_id::text from learning_atoms where id = ${leeches[0]!.atomId}`;
    await createReviewService({db: db(), now: () => now}).approve([row!.id]);
    const [after] = await db().sql<{anki_note_id: string; front: string}[]>`
      select anki_note_id::text, front from learning_atoms where id = ${leeches[0]!.atomId}`;
    expect(after).toEqual({anki_note_id: before!.anki_note_id, front: 'Which LE-1 fact?'});
  });
});
