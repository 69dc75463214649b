import type {AiProvider} from '../../ai/genai-client.js';
import type {ProposedCard, RewriteProposal} from '../../ai/rewrite-schema.js';
import type {AtomDetails, ReviewProposalRow} from '../../db/cleaning-rows.js';
import {gradeCard} from '../grade-card.js';
import type {CleaningThresholds} from '../thresholds.js';

/** The card a rewrite replaces, and what the queue needs to know about it. */
export interface RewrittenAtom {
  readonly id: string;
  readonly atomType: string;
  readonly front: string;
  readonly back: string | null;
}

/** Everything {@link rewriteProposalRows} turns into review-queue rows. */
export interface RewriteProposalInput {
  readonly atom: RewrittenAtom;
  readonly detail: AtomDetails | undefined;
  readonly proposal: RewriteProposal;
  /** Which service answered: recorded as `review_queue.source`. */
  readonly source: AiProvider | undefined;
  readonly batchId: string;
  readonly thresholds: CleaningThresholds;
  /** The reason shown for card `index` of `count`. */
  readonly reason: (card: ProposedCard, index: number, count: number) => string;
}

/**
 * One pending review-queue row per proposed card, graded, against the original atom (so
 * approving keeps its note id): the cleaning run's rewrites and the leech clinic's share it.
 */
export function rewriteProposalRows(input: RewriteProposalInput): ReviewProposalRow[] {
  const {atom, detail, proposal, thresholds} = input;
  const {cards, confidence} = proposal;
  return cards.map((card, index) => ({
    atom_type: atom.atomType,
    front: card.front,
    back: card.back,
    concept_id: detail?.conceptId ?? null,
    module_id: detail?.moduleId ?? null,
    original_front: atom.front,
    original_back: atom.back,
    original_atom_id: atom.id,
    source: input.source ?? 'gemini',
    batch_id: input.batchId,
    quality_score: gradeCard(
      {front: card.front, back: card.back, atomType: atom.atomType},
      thresholds,
    ).qualityScore,
    ai_confidence: Math.round(confidence * 100) / 100,
    rewrite_reason: input.reason(card, index, cards.length),
    content: detail?.content ?? null,
  }));
}
