import type {AtomWriteRow, StoredAtom, SyncLogEntry} from '../db/canonical-atom-rows.js';
import {type AtomDraft, derivedCardId} from './map-atom.js';
import type {PageIssue} from './page-reader.js';

/** What the merge needs besides the drafts. */
export interface MergeInput {
  drafts: AtomDraft[];
  /** Atoms already stored for these pages, by page id. */
  stored: Map<string, StoredAtom>;
  /** Current holder (page id, null for non-Notion atoms) of each wanted card id. */
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
  const wanted = draft.wantedCardId;
  if (wanted === null) return {cardId: derivedCardId(draft.notionId), issue: null};
  const owner = input.cardOwners.get(wanted);
  const heldElsewhere = owner !== undefined && owner !== draft.notionId;
  if (!claimed.has(wanted) && !heldElsewhere) return {cardId: wanted, issue: null};
  const cardId = derivedCardId(draft.notionId);
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
    if (issue) plan.issues.push({pageId: draft.notionId, reason: issue});
    const stored = input.stored.get(draft.notionId);
    const row: AtomWriteRow = {
      id: stored?.id ?? input.newId(),
      notionId: draft.notionId,
      cardId,
      atomType: draft.atomType,
      front: draft.front,
      back: draft.back,
      content: draft.content,
      needsReview: draft.parseError !== null,
      sourceHash: draft.sourceHash,
      conceptNotionId: draft.conceptNotionId,
      moduleNotionId: draft.moduleNotionId,
    };
    // A local rewrite made before cards held Markdown was hashed against the page's plain text:
    // the same page read as Markdown is still the text it was rewritten from.
    const unchangedSinceRewrite =
      stored !== undefined &&
      stored.rewriteCount > 0 &&
      draft.plainSourceHash !== null &&
      stored.sourceHash === draft.plainSourceHash;
    if (stored === undefined) {
      plan.inserts.push(row);
    } else if (stored.sourceHash === draft.sourceHash || unchangedSinceRewrite) {
      // Notion has not changed since the last transform: keep whatever text is stored.
      plan.updates.push({
        ...row,
        atomType: stored.atomType,
        front: stored.front,
        back: stored.back,
        content: stored.content,
        needsReview: false,
      });
      continue;
    } else {
      const localChanged = stored.front !== draft.front || stored.back !== draft.back;
      if (stored.rewriteCount > 0 && localChanged) {
        plan.log.push({
          atomId: stored.id,
          operation: 'notion_overwrite',
          oldValue: {front: stored.front, back: stored.back},
          newValue: {front: draft.front, back: draft.back},
        });
      }
      plan.updates.push(row);
    }
    if (draft.parseError !== null) {
      plan.log.push({
        atomId: row.id,
        operation: 'notion_parse_error',
        oldValue: null,
        // Stored in cleaning_log.new_value (jsonb), whose keys stay as they were written.
        newValue: {atom_type: draft.atomType, answer: draft.back, error: draft.parseError},
      });
    }
  }
  return plan;
}
