import {afterEach, beforeEach, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {pushToAnki} from '../../source/anki/sync/push-service.js';
import {REVLOG_OVERLAP_MS} from '../../source/anki/sync/revlog-sync.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {insertAnkiCourse, testSettings} from './anki-fixtures.js';

const now = new Date('2025-03-01T10:00:00Z');
const day = 86_400_000;
const at = (daysAgo: number) => new Date(now.getTime() - daysAgo * day);

describeEachBackend('anki review log', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime()});
  });
  afterEach(() => fake.stop());
  const options = () => ({
    now,
    onProgress: ignoreProgress,
    url: fake.url,
    day: {timeZone: 'UTC', startsAtHour: 4},
  });
  const stored = async () =>
    (
      await db().sql<{id: string; card_id: string; ease: number; taken_ms: number}[]>`
        select id, card_id, ease, taken_ms from anki_revlog order by id`
    ).map((r) => ({id: Number(r.id), cardId: Number(r.card_id), ease: r.ease}));

  async function setUp() {
    await insertAnkiCourse(db().sql, 'Log', [{cardId: 'L-1'}, {cardId: 'L-2'}]);
    const client = createAnkiClient({url: fake.url});
    await pushToAnki(db(), client, {...options(), settings: testSettings});
    const cardOf = (key: string) =>
      [...fake.collection.notes.values()].find((n) => n.fields.CardID === key)!.cardIds[0]!;
    return {client, one: cardOf('L-1'), two: cardOf('L-2')};
  }

  it('stores every entry once, then reads only entries newer than the last stored one', async () => {
    const {client, one, two} = await setUp();
    fake.simulateReviews(one, [
      {rating: 3, at: at(20)},
      {rating: 1, at: at(10)},
    ]);
    fake.simulateReviews(two, [{rating: 3, at: at(30)}]);
    const first = await pullFromAnki(db(), client, options());
    expect(first).toMatchObject({revlogFetched: 3, revlogAdded: 3});
    expect(await stored()).toEqual([
      {id: at(30).getTime(), cardId: two, ease: 3},
      {id: at(20).getTime(), cardId: one, ease: 3},
      {id: at(10).getTime(), cardId: one, ease: 1},
    ]);
    expect(fake.requestsFor('cardReviews')).toHaveLength(0);

    // Nothing new: asked from the last stored entry (less the overlap), nothing added.
    const again = await pullFromAnki(db(), client, options());
    expect(again.revlogAdded).toBe(0);
    const asked = fake.requests.flatMap((r) =>
      r.action === 'multi' ? (r.params.actions as Array<{action: string; params: unknown}>) : [],
    );
    const deckReads = asked.filter((a) => a.action === 'cardReviews');
    expect(deckReads.map((a) => a.params)).toEqual([
      {deck: 'NLS::Log Track::Log Module', startID: at(10).getTime() - REVLOG_OVERLAP_MS},
    ]);
    expect(asked.filter((a) => a.action === 'getReviewsOfCards')).toHaveLength(1);

    // A new answer, and one made earlier on a phone that arrives late: both stored once.
    fake.simulateReviews(one, [{rating: 3, at: at(1)}]);
    fake.simulateReviews(two, [{rating: 2, at: at(5)}]);
    const third = await pullFromAnki(db(), client, options());
    expect(third.revlogAdded).toBe(2);
    expect((await stored()).map((r) => r.id)).toEqual(
      [30, 20, 10, 5, 1].map((d) => at(d).getTime()),
    );
    const [atom] = await db().sql<{anki_review_count: number}[]>`
      select anki_review_count from learning_atoms where card_id = 'L-1'`;
    expect(atom?.anki_review_count).toBe(3);
  });

  it('keeps only nls cards of a deck and never touches quiz answers', async () => {
    const {client, one} = await setUp();
    fake.simulateReviews(one, [{rating: 3, at: at(3)}]);
    await pullFromAnki(db(), client, options());
    // A card of another note type in the same deck: cardReviews returns it, nls skips it.
    const model = {
      modelName: 'Basic',
      inOrderFields: ['Front', 'Back'],
      css: '',
      cardTemplates: [{Name: 'Card 1', Front: '{{Front}}', Back: '{{Back}}'}],
    };
    fake.collection.run('createModel', model);
    const deck = fake.collection.cards.get(one)!.deckName;
    const other = fake.collection.addNote({
      modelName: 'Basic',
      deckName: deck,
      fields: {Front: 'foreign', Back: 'x'},
    });
    fake.simulateReviews(fake.collection.note(other).cardIds[0]!, [{rating: 3, at: at(2)}]);
    fake.simulateReviews(one, [{rating: 4, at: at(1)}]);
    const result = await pullFromAnki(db(), client, options());
    expect(result.revlogAdded).toBe(1);
    expect((await stored()).every((r) => r.cardId === one)).toBe(true);
    const [quiz] = await db().sql<{count: number}[]>`select count(*)::int from quiz_attempts`;
    expect(quiz?.count).toBe(0);
  });
});
