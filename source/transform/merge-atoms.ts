import type {AtomWriteRow, StoredAtom, SyncLogEntry} from '../db/canonical-atom-rows.js';
import {type AtomDraft, derivedCardId} from './map-atom.js';
import type {PageIssue} from './page-reader.js';

/** What the merge needs besides the drafts. */
export interface MergeInput {
  drafts: AtomDraft[];
  /** Atoms already stored for these pages, by notion_id. */
  stored: Map<string, StoredAtom>;
  /** Current holder (notion_id, null for non-Notion atoms) of each wanted card id. */
  cardOwners: Map<string, string | null>;
  newId: () => string;
}

/** Rows to write and the log entries and issues the merge produced. */
export interface MergePlan {
  inserts: AtomWriteRow[];
  updates: AtomWriteRow[];
  log: SyncLogEntry[];
  issues: PageIssue[];
}

function cardIdFor(
  draft: AtomDraft,
  input: MergeInput,
  claimed: Set<string>,
): {cardId: string; issue: string | null} {
  const wanted = draft.wanted_card_id;
  if (wanted === null) return {cardId: derivedCardId(draft.notion_id), issue: null};
  const owner = input.cardOwners.get(wanted);
  const heldElsewhere = owner !== undefined && owner !== draft.notion_id;
  if (!claimed.has(wanted) && !heldElsewhere) return {cardId: wanted, issue: null};
  const cardId = derivedCardId(draft.notion_id);
  return {cardId, issue: `CardID "${wanted}" is used by another page: stored as ${cardId}`};
}

/**
 * Settles card ids (the first page with a CardID keeps it; later ones get an id derived from
 * their page) and whose text wins: an approved local rewrite stays while the Notion content is
 * what it was rewritten from (same source_hash); once Notion changes, Notion wins and the
 * replaced local text goes to cleaning_log.
 */
export function mergeAtoms(input: MergeInput): MergePlan {
  const plan: MergePlan = {inserts: [], updates: [], log: [], issues: []};
  const claimed = new Set<string>();
  for (const draft of input.drafts) {
    if (!draft.usable) continue;
    const {cardId, issue} = cardIdFor(draft, input, claimed);
    claimed.add(cardId);
    if (issue) plan.issues.push({pageId: draft.notion_id, reason: issue});
    const stored = input.stored.get(draft.notion_id);
    const row: AtomWriteRow = {
      id: stored?.id ?? input.newId(),
      notion_id: draft.notion_id,
      card_id: cardId,
      atom_type: draft.atom_type,
      front: draft.front,
      back: draft.back,
      content: draft.content,
      needs_review: draft.parse_error !== null,
      source_hash: draft.source_hash,
      concept_notion_id: draft.concept_notion_id,
      module_notion_id: draft.module_notion_id,
    };
    // A local rewrite made before cards held Markdown was hashed against the page's plain text:
    // the same page read as Markdown is still the text it was rewritten from.
    const unchangedSinceRewrite =
      stored !== undefined &&
      stored.rewrite_count > 0 &&
      draft.plain_source_hash !== null &&
      stored.source_hash === draft.plain_source_hash;
    if (stored === undefined) {
      plan.inserts.push(row);
    } else if (stored.source_hash === draft.source_hash || unchangedSinceRewrite) {
      // Notion has not changed since the last transform: keep whatever text is stored.
      plan.updates.push({
        ...row,
        atom_type: stored.atom_type,
        front: stored.front,
        back: stored.back,
        content: stored.content,
        needs_review: false,
      });
      continue;
    } else {
      const localChanged = stored.front !== draft.front || stored.back !== draft.back;
      if (stored.rewrite_count > 0 && localChanged) {
        plan.log.push({
          atomId: stored.id,
          operation: 'notion_overwrite',
          oldValue: {front: stored.front, back: stored.back},
          newValue: {front: draft.front, back: draft.back},
        });
      }
      plan.updates.push(row);
    }
    if (draft.parse_error !== null) {
      plan.log.push({
        atomId: row.id,
        operation: 'notion_parse_error',
        oldValue: null,
        newValue: {atom_type: draft.atom_type, answer: draft.back, error: draft.parse_error},
      });
    }
  }
  return plan;
}
