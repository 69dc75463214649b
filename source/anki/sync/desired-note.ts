import type {AnkiPushCandidateRow} from '../../db/anki-rows.js';
import {deckName} from '../deck-name.js';
import {type AnkiNewNote, newNoteFor, noteFingerprint} from '../note-fields.js';
import {type AnkiAtomType, MODEL_FOR_ATOM_TYPE} from '../note-types.js';
import {tagsFor} from '../tags.js';

/** The deck and quality settings a push applies (mapped from ANKI_DECK, _TEMPLATE, _MIN_QUALITY). */
export interface PushSettings {
  deck: string;
  deckTemplate: string;
  minQuality: number;
}

/** Why an atom is held back from Anki. */
export type SkipReason = 'needsReview' | 'lowQuality' | 'unscored';

/** What a push wants for one atom. */
export type DesiredNote =
  | {kind: 'live'; atom: AnkiPushCandidateRow; note: AnkiNewNote; fingerprint: string}
  | {kind: 'removed'; atom: AnkiPushCandidateRow}
  | {kind: 'skipped'; atom: AnkiPushCandidateRow; reason: SkipReason};

/** The hash stored for a removed atom whose note was suspended and tagged. */
export const REMOVED_MARK = 'removed';

function isAnkiType(type: string): type is AnkiAtomType {
  return Object.hasOwn(MODEL_FOR_ATOM_TYPE, type);
}

/** A link back to the Notion page, when the atom came from Notion. */
export function notionLink(notionId: string | null): string | null {
  if (!notionId) return null;
  return `https://www.notion.so/${notionId.replace(/-/g, '')}`;
}

/** The push gate: flashcard/cloze, not needing review, scored at least the minimum quality. */
export function gateFailure(atom: AnkiPushCandidateRow, minQuality: number): SkipReason | null {
  if (atom.needsReview) return 'needsReview';
  if (atom.qualityScore === null) return 'unscored';
  return Number(atom.qualityScore) < minQuality ? 'lowQuality' : null;
}

/** Builds the note (type, fields, deck, tags) and its fingerprint for one candidate atom. */
export function desiredNote(atom: AnkiPushCandidateRow, settings: PushSettings): DesiredNote {
  if (atom.removedAt !== null) return {kind: 'removed', atom};
  const type = atom.atomType;
  const reason = gateFailure(atom, settings.minQuality);
  if (reason !== null || !isAnkiType(type)) {
    return {kind: 'skipped', atom, reason: reason ?? 'unscored'};
  }
  const deck = deckName(
    settings.deckTemplate,
    {
      program: atom.program,
      track: atom.track,
      module: atom.module,
      week: atom.week,
      area: atom.area,
      cluster: atom.cluster,
      concept: atom.concept,
    },
    settings.deck,
  );
  const tags = tagsFor({atomType: type, concept: atom.concept, module: atom.module});
  const note = newNoteFor(
    {
      cardId: atom.cardKey,
      atomType: type,
      front: atom.front,
      back: atom.back,
      concept: atom.concept,
      module: atom.module,
      source: notionLink(atom.notionId),
    },
    deck,
    tags,
  );
  return {kind: 'live', atom, note, fingerprint: noteFingerprint(note)};
}
