import {type Schema, Type} from '@google/genai';
import {z} from 'zod';
import {markdownBalanceProblem} from './markdown-balance.js';
import {isQuizType, MAX_SPLIT_CARDS} from './rewrite-prompt.js';

/** One proposed card. */
export interface ProposedCard {
  readonly front: string;
  readonly back: string;
  readonly reason: string;
}

/** What the model proposes for one card: one card (rewrite) or several (split). */
export interface RewriteProposal {
  readonly cards: readonly ProposedCard[];
  readonly confidence: number;
}

/** Generous bounds: enough for any sane card, small enough to stop runaway output. */
const cardSchema = z.object({
  front: z.string().trim().min(1).max(1000),
  back: z.string().trim().max(2000),
  reason: z.string().trim().max(500),
});

/** zod schema for the model's JSON reply. */
export const proposalSchema = z.object({
  cards: z.array(cardSchema).min(1).max(MAX_SPLIT_CARDS),
  confidence: z.number().min(0).max(1),
});

/** The same shape for Gemini's structured output (OpenAPI subset the API accepts). */
export const geminiResponseSchema: Schema = {
  type: Type.OBJECT,
  properties: {
    cards: {
      type: Type.ARRAY,
      minItems: '1',
      maxItems: String(MAX_SPLIT_CARDS),
      items: {
        type: Type.OBJECT,
        properties: {
          front: {type: Type.STRING},
          back: {type: Type.STRING},
          reason: {type: Type.STRING},
        },
        required: ['front', 'back', 'reason'],
        propertyOrdering: ['front', 'back', 'reason'],
      },
    },
    confidence: {type: Type.NUMBER, minimum: 0, maximum: 1},
  },
  required: ['cards', 'confidence'],
  propertyOrdering: ['cards', 'confidence'],
};

/** Result of checking a reply. */
export type ParsedProposal =
  | {readonly ok: true; readonly proposal: RewriteProposal}
  | {readonly ok: false; readonly kind: 'invalid_json' | 'schema'; readonly message: string};

// Some models wrap JSON in a ``` fence even in JSON mode; accept that, nothing looser.
const fenced = /^```(?:json)?\s*\n([\s\S]*?)\n?```$/;

/** The card a reply rewrites: its own imbalances are not held against the reply. */
export interface OriginalText {
  readonly front: string;
  readonly back: string | null;
}

// Cloze markers and math delimiters must balance in every card the model returns, unless the
// original already had the same side unbalanced (a quiz back is copied as given).
function balanceProblem(
  cards: readonly ProposedCard[],
  original: OriginalText | undefined,
): string | null {
  for (const [index, card] of cards.entries()) {
    for (const side of ['front', 'back'] as const) {
      const problem = markdownBalanceProblem(card[side]);
      if (problem === null) continue;
      if (original && markdownBalanceProblem(original[side] ?? '') !== null) continue;
      return `Card ${index + 1} ${side}: ${problem}.`;
    }
  }
  return null;
}

/** Parses and validates the model's text (Markdown cards) for a card of the given type. */
export function parseProposal(
  text: string,
  atomType: string,
  original?: OriginalText,
): ParsedProposal {
  const trimmed = text.trim();
  const body = fenced.exec(trimmed)?.[1] ?? trimmed;
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    return {ok: false, kind: 'invalid_json', message: `Reply is not JSON: ${detail}`};
  }
  const result = proposalSchema.safeParse(data);
  if (!result.success) {
    const first = result.error.issues[0];
    const where = first?.path.join('.') || 'reply';
    return {
      ok: false,
      kind: 'schema',
      message: `Reply has the wrong shape at ${where}: ${first?.message ?? 'invalid'}`,
    };
  }
  const {cards, confidence} = result.data;
  if (isQuizType(atomType) && cards.length !== 1) {
    return {
      ok: false,
      kind: 'schema',
      message: `A ${atomType} rewrite must be one card, got ${cards.length}.`,
    };
  }
  if (atomType !== 'cloze' && cards.some((card) => card.back === '')) {
    return {ok: false, kind: 'schema', message: 'A proposed card has an empty back.'};
  }
  const unbalanced = balanceProblem(cards, original);
  if (unbalanced !== null) return {ok: false, kind: 'schema', message: unbalanced};
  return {ok: true, proposal: {cards, confidence}};
}
