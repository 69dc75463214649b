import {describe, expect, it} from 'vitest';
import {parseCardsInfo} from '../../../source/anki/cards-info.js';
import {parseNotesInfo} from '../../../source/anki/notes-info.js';
import {parseReviews} from '../../../source/anki/reviews.js';

const fields = (cardId: string) => ({
  CardID: {value: cardId, order: 0},
  Front: {value: 'Q', order: 1},
});

const base = {
  modelName: 'NLS Basic',
  deckName: 'NLS::Net',
  ord: 0,
  question: '<div>Q</div>',
  answer: '<div>A</div>',
  css: '',
  left: 0,
  mod: 1_767_225_600,
};

describe('parseCardsInfo', () => {
  it('decodes a review card without reading due as a date', () => {
    const [card] = parseCardsInfo([
      {
        ...base,
        cardId: 1_700_000_000_101,
        note: 1_700_000_000_100,
        fields: fields('NET-1 &amp; 2'),
        factor: 2350,
        interval: 12,
        type: 2,
        queue: 2,
        due: 812,
        reps: 7,
        lapses: 1,
      },
    ]);
    expect(card).toMatchObject({
      cardId: 1_700_000_000_101,
      noteId: 1_700_000_000_100,
      deckName: 'NLS::Net',
      cardKey: 'NET-1 & 2',
      ease: 2.35,
      interval: 12,
      reps: 7,
      lapses: 1,
      type: 2,
      queue: 2,
      suspended: false,
      learningDueAt: null,
      rawDue: 812,
    });
    expect(card?.modifiedAt?.toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('reads a learning card due as epoch seconds, and flags suspension', () => {
    const dueSeconds = Date.UTC(2026, 0, 5, 9, 30) / 1000;
    const cards = parseCardsInfo([
      {
        ...base,
        cardId: 2,
        note: 1,
        factor: 2500,
        interval: 0,
        type: 1,
        queue: 1,
        due: dueSeconds,
        reps: 1,
        lapses: 0,
      },
      {
        ...base,
        cardId: 3,
        note: 1,
        factor: 0,
        interval: 0,
        type: 0,
        queue: -1,
        due: 17,
        reps: 0,
        lapses: 0,
      },
      {},
    ]);
    expect(cards).toHaveLength(2);
    expect(cards[0]?.learningDueAt?.toISOString()).toBe('2026-01-05T09:30:00.000Z');
    expect(cards[0]?.cardKey).toBeNull();
    expect(cards[1]).toMatchObject({ease: null, suspended: true, learningDueAt: null, rawDue: 17});
  });

  it('rejects a malformed card', () => {
    expect(() => parseCardsInfo([{cardId: 'x'}])).toThrow();
    expect(() => parseCardsInfo({})).toThrow();
  });
});

describe('parseReviews', () => {
  it('maps getReviewsOfCards rows, oldest first', () => {
    const reviews = parseReviews({
      '11': [
        {
          id: 1_767_312_000_000,
          usn: 3,
          ease: 3,
          ivl: 4,
          lastIvl: 1,
          factor: 2500,
          time: 5400,
          type: 1,
        },
        {
          id: 1_767_225_600_000,
          usn: 2,
          ease: 1,
          ivl: -600,
          lastIvl: 0,
          factor: 2500,
          time: 9000,
          type: 0,
        },
      ],
      '12': [],
    });
    expect(reviews.get(12)).toEqual([]);
    const rows = reviews.get(11) ?? [];
    expect(rows.map((r) => r.reviewedAt.toISOString())).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
    ]);
    expect(rows[0]).toMatchObject({ease: 1, interval: -600, timeMs: 9000, type: 0, usn: 2});
    expect(() => parseReviews({'1': [{id: 1, ease: 9}]})).toThrow();
  });
});

describe('parseNotesInfo', () => {
  it('reads fields, tags and the CardID key, skipping unknown ids', () => {
    const notes = parseNotesInfo([
      {noteId: 5, modelName: 'NLS Basic', tags: ['nls'], fields: fields('K-9'), cards: [6], mod: 1},
      {},
    ]);
    expect(notes).toEqual([
      {
        noteId: 5,
        modelName: 'NLS Basic',
        tags: ['nls'],
        fields: {CardID: 'K-9', Front: 'Q'},
        cardKey: 'K-9',
        cardIds: [6],
        modifiedAt: new Date(1000),
      },
    ]);
  });
});
