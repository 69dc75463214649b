import {afterEach, beforeEach, describe, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {pullFromAnki} from '../../source/anki/sync/pull-service.js';
import {pullSummary} from '../../source/anki/sync/pull-summary.js';
import {pushToAnki} from '../../source/anki/sync/push-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {recentSyncRuns} from '../../source/db/sync-log.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {defaultPreset} from '../fakes/anki-presets.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {type OracleAnswer, oracleState, wallTime} from '../helpers/fsrs-oracle.js';
import {insertAnkiCourse, testSettings} from './anki-fixtures.js';

// Issue 15, acceptance 2, 3 and 5 through a whole pull: Anki (the fake, answering with fsrs-rs
// and FSRS on) in Tokyo or New York, a preset with its own FSRS-6 parameters and desired
// retention 0.85, a card whose due was moved with "Set due date", a card in relearning.
const now = new Date('2025-03-01T10:00:00Z');
const PARAMS = [
  0.35, 1.6, 3.1, 10.5, 6.9, 0.62, 2.4, 0.004, 1.55, 0.21, 0.9, 1.7, 0.08, 0.3, 1.4, 0.45, 2.2, 0.6,
  0.12, 0.09, 0.25,
];
const OTHER = [
  1.1, 3.5, 6.0, 20.0, 5.5, 1.2, 1.0, 0.05, 1.2, 0.1, 1.5, 2.2, 0.05, 0.2, 2.0, 0.3, 3.0, 0.4, 0.2,
  0.1, 0.4,
];

type Answer = [wall: string, rating: 1 | 2 | 3 | 4];
const histories: Record<string, Answer[]> = {
  'FID-1': [
    ['2025-01-10T09:00', 3],
    ['2025-01-10T09:10', 3],
    ['2025-01-12T23:30', 3],
    ['2025-01-13T01:00', 2],
    ['2025-01-20T03:00', 3],
    ['2025-01-20T05:00', 3],
    ['2025-02-10T18:00', 3],
  ],
  'FID-2': [
    ['2025-01-15T08:00', 3],
    ['2025-01-16T21:00', 3],
    ['2025-02-01T07:00', 3],
  ],
  'FID-3': [
    ['2025-01-20T10:00', 4],
    ['2025-02-05T10:00', 3],
    ['2025-02-28T20:00', 1],
  ],
};

/** The local calendar date `days` after the local date of `ms` in `zone`. */
function localDatePlus(ms: number, zone: string, days: number): string {
  const date = new Date(ms).toLocaleDateString('sv-SE', {timeZone: zone});
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

describeEachBackend('anki pull fidelity', (db) => {
  describe.each(['Asia/Tokyo', 'America/New_York'])('Anki in %s', (zone) => {
    let fake: FakeAnki;
    const day = {timeZone: zone, startsAtHour: 4};
    const timing = {timeZone: zone, rolloverHour: 4};
    beforeEach(async () => {
      await clearAllData(db().sql);
      fake = await startFakeAnki({now: () => now.getTime(), timing});
    });
    afterEach(() => fake.stop());

    async function study(params: number[], moveDue = true) {
      await insertAnkiCourse(db().sql, 'Fid', [
        {cardId: 'FID-1'},
        {cardId: 'FID-2'},
        {cardId: 'FID-3'},
      ]);
      const options = {now, onProgress: ignoreProgress, url: fake.url};
      await pushToAnki(db(), createAnkiClient({url: fake.url}), {
        ...options,
        settings: testSettings,
      });
      const c = fake.collection;
      c.fsrs = true;
      c.presets.set(5, {
        ...defaultPreset(5, 'Optimised'),
        fsrsParams6: params,
        desiredRetention: 0.85,
      });
      for (const deck of c.decks.keys()) c.deckPreset.set(deck, 5);
      const cardOf = (key: string) =>
        [...c.notes.values()].find((n) => n.fields.CardID === key)!.cardIds[0]!;
      for (const [key, answers] of Object.entries(histories)) {
        const at = answers.map(([wall, rating]) => ({rating, at: new Date(wallTime(zone, wall))}));
        fake.simulateReviews(cardOf(key), at);
      }
      if (moveDue)
        fake.setDueDate(cardOf('FID-2'), 9, new Date(wallTime(zone, '2025-02-20T12:00')));
      return cardOf;
    }
    const pull = () =>
      pullFromAnki(db(), createAnkiClient({url: fake.url}), {
        now,
        onProgress: ignoreProgress,
        url: fake.url,
        day,
      });
    const stored = async () =>
      new Map(
        (
          await db().sql<
            {card_id: string; s: number; d: number; due: string}[]
          >`select card_id, anki_stability as s, anki_difficulty as d, anki_due_date::text as due
            from learning_atoms`
        ).map((r) => [r.card_id, r]),
      );

    it('replays with the preset, takes Anki’s due dates, and agrees with Anki’s difficulty', async () => {
      const cardOf = await study(PARAMS);
      const result = await pull();
      const rows = await stored();
      for (const [key, answers] of Object.entries(histories)) {
        const list: OracleAnswer[] = answers.map(([wall, rating]) => ({
          at: wallTime(zone, wall),
          rating,
        }));
        const expected = oracleState(list, PARAMS, timing, now.getTime());
        const row = rows.get(key)!;
        expect(Math.abs(Number(row.s) / expected.stability - 1), key).toBeLessThan(0.005);
        expect(Math.abs(Number(row.d) - expected.difficulty01), key).toBeLessThan(0.01);
        const card = fake.collection.cards.get(cardOf(key))!;
        const due =
          card.queue === 1
            ? new Date(card.due * 1000 - 4 * 3_600_000).toLocaleDateString('sv-SE', {
                timeZone: zone,
              })
            : localDatePlus(fake.collection.createdAt, zone, card.due);
        expect(row.due, key).toBe(due);
      }
      // "Set due date" moved FID-2: 9 days after 02-20, whatever the replay would say.
      expect(rows.get('FID-2')!.due).toBe('2025-03-01');
      expect(fake.collection.cards.get(cardOf('FID-3'))!.queue).toBe(1);
      expect(result).toMatchObject({
        dueFromAnki: 3,
        dueFromReplay: 0,
        presets: 1,
        presetsWithDefaults: [],
      });
      expect(result.difficultyCheck).toMatchObject({compared: 3, mismatches: []});
      expect(result.difficultyCheck.maxDifference).toBeLessThan(0.01);
      const [run] = await recentSyncRuns(db().sql, 1);
      expect(run?.details).toMatchObject({difficultyCheck: {compared: 3}});
      const text = pullSummary(result).lines.join('\n');
      expect(text).toMatch(
        /Difficulty check against Anki's log: 3 cards compared, mean difference 0\.00\d\d/,
      );
      expect(text).toMatch(/1 preset read, each with its own parameters/);
    });

    it('names the cards whose logged difficulty came from other parameters', async () => {
      await study(OTHER);
      fake.collection.presets.set(5, {...defaultPreset(5, 'Optimised'), fsrsParams6: PARAMS});
      const result = await pull();
      expect(result.difficultyCheck.compared).toBe(3);
      expect(result.difficultyCheck.mismatches.length).toBeGreaterThan(0);
      expect(result.difficultyCheck.maxDifference).toBeGreaterThan(0.05);
      const {warnings} = pullSummary(result);
      expect(warnings.join('\n')).toMatch(/differ from Anki's own difficulty by more than 0\.05/);
      expect(warnings.join('\n')).toMatch(
        /FID-\d \(Anki card \d+\): replayed 0\.\d{3}, Anki 0\.\d{3}/,
      );
    });

    it('takes no day-number due from a card in a filtered deck', async () => {
      const cardOf = await study(PARAMS, false);
      const c = fake.collection;
      const card = c.cards.get(cardOf('FID-1'))!;
      c.decks.set('Cram', c.id());
      c.filteredDecks.add('Cram');
      Object.assign(card, {deckName: 'Cram', due: -100_000});
      const result = await pull();
      expect(result).toMatchObject({dueFromAnki: 2, dueFromReplay: 1});
      expect(result.presetsWithDefaults).toEqual(['(filtered deck)']);
      const row = (await stored()).get('FID-1')!;
      expect(row.due > '2025-02-10').toBe(true);
    });

    it('says when a preset has no parameters and replays it with the defaults', async () => {
      await study(PARAMS);
      fake.collection.presets.set(5, defaultPreset(5, 'Plain'));
      const result = await pull();
      expect(result.presetsWithDefaults).toEqual(['Plain']);
      expect(pullSummary(result).lines.join('\n')).toMatch(/default parameters for Plain/);
    });
  });
});
