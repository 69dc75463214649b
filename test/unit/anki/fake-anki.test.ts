import {afterEach, describe, expect, it} from 'vitest';
import {createAnkiClient} from '../../../source/anki/client.js';
import {replayReviews} from '../../../source/anki/fsrs-replay.js';
import {newNoteFor} from '../../../source/anki/note-fields.js';
import {NLS_BASIC} from '../../../source/anki/note-types.js';
import {type FakeAnki, startFakeAnki} from '../../fakes/anki-server.js';

const t0 = Date.UTC(2026, 0, 1, 9, 0);
const DAY = 86_400_000;
let fake: FakeAnki | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function post(url: string, body: unknown): Promise<unknown> {
  const response = await fetch(url, {method: 'POST', body: JSON.stringify(body)});
  return response.json();
}

describe('fake AnkiConnect', () => {
  it('answers like the add-on for versions, unknown actions and duplicate models', async () => {
    fake = await startFakeAnki();
    expect(await post(fake.url, {action: 'version'})).toBe(6);
    expect(await post(fake.url, {action: 'version', version: 6})).toEqual({result: 6, error: null});
    expect(await post(fake.url, {action: 'nope', version: 6})).toEqual({
      result: null,
      error: 'unsupported action',
    });
    const create = {action: 'createModel', version: 6, params: {...NLS_BASIC}};
    await post(fake.url, create);
    expect(await post(fake.url, create)).toEqual({
      result: null,
      error: 'Model name already exists',
    });
    expect(fake.requestsFor('createModel')).toHaveLength(2);
  });

  it('serves getDeckConfig as the add-on does: the preset, or false for an unknown deck', async () => {
    fake = await startFakeAnki();
    const ask = (deck: string) =>
      post(fake!.url, {action: 'getDeckConfig', version: 6, params: {deck}});
    expect(await ask('Nope')).toEqual({result: false, error: null});
    const {result} = (await ask('Default')) as {result: Record<string, unknown>};
    expect(result).toMatchObject({
      id: 1,
      name: 'Default',
      dyn: false,
      fsrsWeights: [],
      fsrsParams5: [],
      fsrsParams6: [],
      desiredRetention: 0.9,
      sm2Retention: 0.9,
      new: {delays: [1, 10]},
      rev: {maxIvl: 36500},
    });
  });

  it('fails a whole addNotes batch listing the errors, as the current add-on does', async () => {
    fake = await startFakeAnki();
    const client = createAnkiClient({url: fake.url});
    await client.createModel(NLS_BASIC);
    await client.createDeck('D');
    const notes = ['a', 'a'].map((id) =>
      newNoteFor({cardId: id, atomType: 'flashcard', front: 'Q'}, 'D', []),
    );
    await expect(client.invoke('addNotes', {notes})).rejects.toThrow(
      "['cannot create note because it is a duplicate']",
    );
  });

  it('gives answers in the same millisecond on two cards distinct revlog ids, as Anki does', async () => {
    fake = await startFakeAnki({now: () => t0});
    const client = createAnkiClient({url: fake.url});
    await client.createModel(NLS_BASIC);
    await client.createDeck('NLS');
    await client.addNotes(
      ['S-1', 'S-2'].map((id) =>
        newNoteFor({cardId: id, atomType: 'flashcard', front: id}, 'NLS', ['nls']),
      ),
    );
    const [first, second] = await client.findCards('deck:NLS');
    if (first === undefined || second === undefined) throw new Error('no cards');
    fake.simulateReviews(first, [{rating: 3, at: new Date(t0)}]);
    fake.simulateReviews(second, [{rating: 3, at: new Date(t0)}]);
    const reviews = await client.getReviewsOfCards([first, second]);
    const ids = [...reviews.values()].flat().map((review) => review.reviewId);
    // The revlog id is the collection's primary key: the second is stored under max(id) + 1.
    expect(ids).toEqual([t0, t0 + 1]);
  });

  it('simulates reviews like Anki and feeds the replay', async () => {
    fake = await startFakeAnki({now: () => t0});
    const client = createAnkiClient({url: fake.url});
    await client.createModel(NLS_BASIC);
    await client.createDeck('NLS');
    const [added] = await client.addNotes([
      newNoteFor({cardId: 'R-1', atomType: 'flashcard', front: 'Q'}, 'NLS', ['nls']),
    ]);
    if (!added?.ok) throw new Error('add failed');
    const [cardId] = await client.findCards('"CardID:R-1"');
    if (cardId === undefined) throw new Error('no card');
    fake.simulateReviews(cardId, [
      {rating: 3, at: new Date(t0)},
      {rating: 3, at: new Date(t0 + DAY)},
      {rating: 1, at: new Date(t0 + 4 * DAY)},
      {rating: 3, at: new Date(t0 + 4 * DAY + 600_000)},
    ]);
    const [card] = await client.cardsInfo([cardId]);
    expect(card).toMatchObject({type: 2, queue: 2, reps: 4, lapses: 1, ease: 2.3, cardKey: 'R-1'});
    expect(card?.interval).toBeGreaterThanOrEqual(1);
    const reviews = (await client.getReviewsOfCards([cardId])).get(cardId) ?? [];
    expect(reviews.map((r) => [r.ease, r.type])).toEqual([
      [3, 0],
      [3, 1],
      [1, 1],
      [3, 2],
    ]);
    const replay = replayReviews(reviews, {now: new Date(t0 + 10 * DAY)});
    expect(replay).toMatchObject({reps: 4, lapses: 1, state: 'review'});
    expect(replay?.lastReviewAt.getTime()).toBe(t0 + 4 * DAY + 600_000);

    await client.suspend([cardId]);
    expect(await client.findCards('is:suspended')).toEqual([cardId]);
    await client.unsuspend([cardId]);
    expect((await client.cardsInfo([cardId]))[0]?.queue).toBe(2);
  });
});
