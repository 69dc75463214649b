import {createHash} from 'node:crypto';
import {escapeFieldText, markdownToFieldHtml} from '../text/markdown-html.js';
import {type AnkiAtomType, CARD_ID_FIELD, MODEL_FOR_ATOM_TYPE} from './note-types.js';

/** The parts of a learning atom that end up in its Anki note. */
export interface AnkiAtom {
  /** learning_atoms.card_id: the stable identity written to the CardID field. */
  cardId: string;
  atomType: AnkiAtomType;
  /** Question, or the cloze text with `{{c1::…}}` deletions (Markdown). */
  front: string;
  /** Answer, or the cloze's extra text (Markdown). */
  back?: string | null | undefined;
  concept?: string | null | undefined;
  module?: string | null | undefined;
  source?: string | null | undefined;
}

/** A note's type and its field values, in the note type's field order. */
export interface AnkiNoteContent {
  modelName: string;
  fields: Record<string, string>;
}

/** A note ready for `addNote`. */
export interface AnkiNewNote extends AnkiNoteContent {
  deckName: string;
  tags: string[];
  options: {allowDuplicate: boolean; duplicateScope: 'deck'};
}

/** Plain text → Anki field HTML: special characters escaped, line breaks as `<br>`. */
export function textToFieldHtml(text: string | null | undefined): string {
  return text ? escapeFieldText(text) : '';
}

/** Field HTML → plain text (the inverse of {@link textToFieldHtml}, for reading CardID back). */
export function fieldHtmlToText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The note type and field values for one atom. */
export function noteFieldsFor(atom: AnkiAtom): AnkiNoteContent {
  const model = MODEL_FOR_ATOM_TYPE[atom.atomType];
  const [, frontField = 'Front', backField = 'Back'] = model.inOrderFields;
  return {
    modelName: model.modelName,
    fields: {
      [CARD_ID_FIELD]: textToFieldHtml(atom.cardId),
      // The card's own text is Markdown; the labels around it are plain text.
      [frontField]: markdownToFieldHtml(atom.front),
      [backField]: markdownToFieldHtml(atom.back),
      Concept: textToFieldHtml(atom.concept),
      Module: textToFieldHtml(atom.module),
      Source: textToFieldHtml(atom.source),
    },
  };
}

/** A complete `addNote` payload; duplicates are checked in the target deck only. */
export function newNoteFor(atom: AnkiAtom, deck: string, tags: readonly string[]): AnkiNewNote {
  return {
    ...noteFieldsFor(atom),
    deckName: deck,
    tags: [...tags],
    options: {allowDuplicate: false, duplicateScope: 'deck'},
  };
}

/** What a fingerprint covers: everything a push writes to a note. */
export interface FingerprintInput extends AnkiNoteContent {
  deckName: string;
  tags: readonly string[];
}

/**
 * A short hash of what a push writes (type, fields in order, deck, nls tags). The sync stores it
 * and compares: equal → nothing to send; different → updateNoteFields / changeDeck / tags.
 */
export function noteFingerprint(note: FingerprintInput): string {
  const fields = Object.keys(note.fields)
    .sort()
    .map((name) => [name, note.fields[name] ?? '']);
  const tags = [...new Set(note.tags.map((t) => t.toLowerCase()))].sort();
  const payload = JSON.stringify([note.modelName, fields, note.deckName, tags]);
  return createHash('sha256').update(payload).digest('hex').slice(0, 32);
}

/** Names of fields whose value in Anki differs from what nls would write. */
export function changedFields(
  desired: Record<string, string>,
  current: Record<string, string>,
): string[] {
  return Object.keys(desired).filter((name) => (current[name] ?? '') !== desired[name]);
}
