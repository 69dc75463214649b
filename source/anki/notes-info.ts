import {z} from 'zod';
import {fieldHtmlToText} from './note-fields.js';
import {CARD_ID_FIELD} from './note-types.js';

const noteSchema = z.looseObject({
  noteId: z.number().int(),
  modelName: z.string(),
  tags: z.array(z.string()),
  fields: z.record(z.string(), z.object({value: z.string(), order: z.number()})),
  cards: z.array(z.number().int()).default([]),
  mod: z.number().optional(),
});

/** One note from `notesInfo`. */
export interface AnkiNoteInfo {
  noteId: number;
  modelName: string;
  tags: string[];
  /** Field name → stored HTML value. */
  fields: Record<string, string>;
  /** The CardID field as plain text, when the note has one. */
  cardKey: string | null;
  cardIds: number[];
  modifiedAt: Date | null;
}

/** Parses a `notesInfo` result, skipping `{}` entries (ids Anki does not know). */
export function parseNotesInfo(result: unknown): AnkiNoteInfo[] {
  const items = z.array(z.unknown()).parse(result);
  const notes: AnkiNoteInfo[] = [];
  for (const item of items) {
    if (typeof item === 'object' && item !== null && Object.keys(item).length === 0) continue;
    const note = noteSchema.parse(item);
    const fields: Record<string, string> = {};
    for (const [name, field] of Object.entries(note.fields)) fields[name] = field.value;
    const key = fields[CARD_ID_FIELD];
    notes.push({
      noteId: note.noteId,
      modelName: note.modelName,
      tags: note.tags,
      fields,
      cardKey: key === undefined ? null : fieldHtmlToText(key).trim() || null,
      cardIds: note.cards,
      modifiedAt: note.mod === undefined ? null : new Date(note.mod * 1000),
    });
  }
  return notes;
}
