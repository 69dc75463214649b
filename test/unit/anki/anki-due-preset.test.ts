import {describe, expect, it} from 'vitest';
import {ankiDayNumber, dayNumberToIso} from '../../../source/anki/anki-day.js';
import {ankiDueDate, collectionCreationDay} from '../../../source/anki/anki-due.js';
import {type AnkiCardInfo, parseCardInfo} from '../../../source/anki/cards-info.js';
import {fsrs6Parameters, parseDeckConfig} from '../../../source/anki/fsrs-preset.js';
import {defaultPreset} from '../../fakes/anki-presets.js';
import {revlogRow} from '../../helpers/fsrs-oracle.js';

const rule = {timeZone: 'Asia/Tokyo', startsAtHour: 4};

function card(fields: Partial<Record<string, number>>): AnkiCardInfo {
  return parseCardInfo({
    cardId: fields.cardId ?? 1,
    note: 2,
    deckName: 'NLS',
    modelName: 'NLS Basic',
    factor: 2500,
    interval: fields.interval ?? 10,
    type: fields.type ?? 2,
    queue: fields.queue ?? 2,
    due: fields.due ?? 0,
    reps: 3,
    lapses: 0,
  })!;
}

describe('Anki due dates', () => {
  // Last answer 2026-03-05 12:00 Tokyo (Anki day 03-05) gave ivl 10; Anki set due = today + 10.
  const answered = Date.parse('2026-03-05T03:00:00Z');
  const created = ankiDayNumber(new Date('2026-01-01T03:00:00Z'), rule);
  const today = ankiDayNumber(new Date(answered), rule) - created;

  it('finds the creation day from review cards, ignoring a card moved by set due date', () => {
    const reviewed = card({due: today + 10, interval: 10});
    const moved = card({cardId: 3, due: today + 30, interval: 10});
    const movedRows = [
      revlogRow(answered - 86_400_000, 3, {ivl: 10}),
      revlogRow(answered, 0, {type: 4, factor: 600, ivl: 10}),
    ];
    const day = collectionCreationDay(
      [
        {card: reviewed, reviews: [revlogRow(answered, 3, {ivl: 10})]},
        {card: moved, reviews: movedRows},
        {card: card({type: 0, queue: 0, due: 7}), reviews: []},
      ],
      rule,
    );
    expect(day).toBe(created);
    expect(ankiDueDate(reviewed, day, rule)).toBe('2026-03-15');
    expect(ankiDueDate(moved, day, rule)).toBe(dayNumberToIso(created + today + 30));
  });

  it('reads a learning card’s due as epoch seconds, in Anki’s day (before 04:00 is yesterday)', () => {
    const learning = card({type: 3, queue: 1, due: Date.parse('2026-03-05T17:30:00Z') / 1000});
    expect(ankiDueDate(learning, null, rule)).toBe('2026-03-05'); // 02:30 on 03-06 in Tokyo
    expect(ankiDueDate(card({type: 0, queue: 0, due: 12}), created, rule)).toBeNull();
    expect(ankiDueDate(card({due: 40}), null, rule)).toBeNull();
  });
});

describe('getDeckConfig presets', () => {
  it('takes fsrsParams6, else fsrsParams5, else fsrsWeights, and the retentions', () => {
    const p6 = Array.from({length: 21}, (_, i) => i / 10);
    const p5 = Array.from({length: 19}, (_, i) => i / 20);
    const p4 = Array.from({length: 17}, (_, i) => i / 30);
    const base = defaultPreset(7, 'Mine');
    expect(
      parseDeckConfig({...base, fsrsParams6: p6, fsrsParams5: p5, desiredRetention: 0.85}),
    ).toMatchObject({
      id: 7,
      name: 'Mine',
      params: p6,
      desiredRetention: 0.85,
      sm2Retention: 0.9,
    });
    expect(parseDeckConfig({...base, fsrsParams5: p5, fsrsWeights: p4}).params).toEqual(p5);
    expect(parseDeckConfig({...base, fsrsWeights: p4}).params).toEqual(p4);
    expect(parseDeckConfig(base).params).toEqual([]);
  });

  it('gives the defaults for an unknown deck, a filtered deck and a malformed vector', () => {
    expect(parseDeckConfig(false).params).toEqual([]);
    expect(parseDeckConfig({id: 9, name: 'Filtered', dyn: 1, terms: []})).toMatchObject({
      params: [],
      filtered: true,
    });
    expect(parseDeckConfig({...defaultPreset(1, 'X'), fsrsParams6: [1, 2, 3]}).params).toEqual([]);
    expect(parseDeckConfig({...defaultPreset(1, 'X'), fsrsParams6: 'oops'}).params).toEqual([]);
  });

  it('fills 17 and 19 numbers to FSRS-6 as fsrs-rs does', () => {
    const p4 = Array.from({length: 17}, () => 1);
    const w = fsrs6Parameters(p4);
    expect(w).toHaveLength(21);
    expect(w[4]).toBeCloseTo(3, 9);
    expect(w[5]).toBeCloseTo(Math.log(4) / 3, 9);
    expect(w[6]).toBeCloseTo(1.5, 9);
    expect(w.slice(17)).toEqual([0, 0, 0, 0.5]);
    expect(fsrs6Parameters(Array.from({length: 19}, () => 1)).slice(19)).toEqual([0, 0.5]);
  });
});
