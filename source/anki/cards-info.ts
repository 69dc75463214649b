import {z} from 'zod';
import {fieldHtmlToText} from './note-fields.js';
import {CARD_ID_FIELD} from './note-types.js';

/** Anki card `type`: 0 new, 1 learning, 2 review, 3 relearning. */
export const CARD_TYPE = {new: 0, learning: 1, review: 2, relearning: 3} as const;

/** Anki card `queue`: negative values are suspended (-1) and buried (-2 user, -3 scheduler). */
export const CARD_QUEUE = {
  suspended: -1,
  buriedBySibling: -2,
  buried: -3,
  new: 0,
  learning: 1,
  review: 2,
  dayLearning: 3,
} as const;

const fieldSchema = z.object({value: z.string(), order: z.number()});

const cardSchema = z.looseObject({
  cardId: z.number().int(),
  note: z.number().int(),
  deckName: z.string(),
  modelName: z.string(),
  factor: z.number(),
  interval: z.number(),
  type: z.number().int(),
  queue: z.number().int(),
  due: z.number(),
  reps: z.number().int(),
  lapses: z.number().int(),
  left: z.number().optional(),
  mod: z.number().optional(),
  fields: z.record(z.string(), fieldSchema).optional(),
});

/** One card from `cardsInfo`, with Anki's encodings decoded. */
export interface AnkiCardInfo {
  cardId: number;
  noteId: number;
  deckName: string;
  modelName: string;
  /** The CardID field as plain text (links the card to its atom), when the note has one. */
  cardKey: string | null;
  /** factor / 1000 (2.5 = 250 %); null for new cards, which have no ease yet. */
  ease: number | null;
  /** Current interval in days (0 while learning). */
  interval: number;
  reps: number;
  lapses: number;
  type: number;
  queue: number;
  suspended: boolean;
  /**
   * When a (re)learning card in the intraday queue is due (Anki stores epoch seconds there).
   * Null for review cards: their `due` counts days from the collection's creation, which
   * AnkiConnect does not expose; the pull works the creation day out from review cards
   * (`anki-due.ts`).
   */
  learningDueAt: Date | null;
  /** Anki's raw `due`, meaning depends on `type` (new: position; review: collection day). */
  rawDue: number;
  /** Modification time (epoch seconds), when reported. */
  modifiedAt: Date | null;
}

/** Parses one `cardsInfo` item; `{}` (a card id Anki does not know) gives null. */
export function parseCardInfo(item: unknown): AnkiCardInfo | null {
  if (typeof item === 'object' && item !== null && Object.keys(item).length === 0) return null;
  const card = cardSchema.parse(item);
  const key = card.fields?.[CARD_ID_FIELD]?.value;
  const inIntradayQueue = card.queue === CARD_QUEUE.learning;
  return {
    cardId: card.cardId,
    noteId: card.note,
    deckName: card.deckName,
    modelName: card.modelName,
    cardKey: key === undefined ? null : fieldHtmlToText(key).trim() || null,
    ease: card.factor > 0 ? card.factor / 1000 : null,
    interval: Math.max(0, card.interval),
    reps: card.reps,
    lapses: card.lapses,
    type: card.type,
    queue: card.queue,
    suspended: card.queue === CARD_QUEUE.suspended,
    learningDueAt: inIntradayQueue ? new Date(card.due * 1000) : null,
    rawDue: card.due,
    modifiedAt: card.mod === undefined ? null : new Date(card.mod * 1000),
  };
}

/** Parses a whole `cardsInfo` result, skipping unknown ids. Throws (zod) on a malformed card. */
export function parseCardsInfo(result: unknown): AnkiCardInfo[] {
  const items = z.array(z.unknown()).parse(result);
  return items.map(parseCardInfo).filter((card): card is AnkiCardInfo => card !== null);
}
