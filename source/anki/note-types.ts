/** What `createModel` needs to create one note type. */
export interface AnkiModelDefinition {
  modelName: string;
  /** Field names in order; the first one is what the add-on's duplicate check compares. */
  inOrderFields: readonly string[];
  css: string;
  isCloze: boolean;
  cardTemplates: ReadonlyArray<{Name: string; Front: string; Back: string}>;
}

/** The identity field: first in both note types, so `findNotes "CardID:…"` finds a note. */
export const CARD_ID_FIELD = 'CardID';

const css = `.card {
  font-family: -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
  font-size: 20px;
  line-height: 1.5;
  text-align: left;
  color: #1f2328;
  background: #ffffff;
  max-width: 42em;
  margin: 0 auto;
  padding: 1em;
}
.nightMode .card, .card.nightMode { color: #e6edf3; background: #0d1117; }
.nls-meta { font-size: 13px; color: #6e7781; margin-bottom: 0.75em; }
.nls-source { font-size: 12px; color: #6e7781; margin-top: 1em; }
hr#answer { border: none; border-top: 1px solid #d0d7de; margin: 1em 0; }
.cloze { font-weight: 600; color: #0969da; }
.nightMode .cloze { color: #58a6ff; }
code, pre {
  font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace;
  font-size: 0.85em;
  background: #f6f8fa;
  border-radius: 6px;
}
code { padding: 0.1em 0.35em; }
pre { padding: 0.75em 1em; overflow-x: auto; line-height: 1.4; white-space: pre; }
pre code { padding: 0; background: none; font-size: 1em; }
.nightMode code, .nightMode pre { background: #161b22; }
a { color: #0969da; }
.nightMode a { color: #58a6ff; }
`;

const meta = '<div class="nls-meta">{{Concept}}{{#Module}} · {{Module}}{{/Module}}</div>';
const source = '{{#Source}}<div class="nls-source">{{Source}}</div>{{/Source}}';

/** `NLS Basic`: a question on the front, the answer on the back. */
export const NLS_BASIC: AnkiModelDefinition = {
  modelName: 'NLS Basic',
  inOrderFields: [CARD_ID_FIELD, 'Front', 'Back', 'Concept', 'Module', 'Source'],
  css,
  isCloze: false,
  cardTemplates: [
    {
      Name: 'Card 1',
      Front: `${meta}\n<div class="nls-front">{{Front}}</div>`,
      Back: `{{FrontSide}}\n<hr id="answer">\n<div class="nls-back">{{Back}}</div>\n${source}`,
    },
  ],
};

/** `NLS Cloze`: cloze deletions in Text, extra context on the back. */
export const NLS_CLOZE: AnkiModelDefinition = {
  modelName: 'NLS Cloze',
  inOrderFields: [CARD_ID_FIELD, 'Text', 'Extra', 'Concept', 'Module', 'Source'],
  css,
  isCloze: true,
  cardTemplates: [
    {
      Name: 'Cloze',
      Front: `${meta}\n<div class="nls-front">{{cloze:Text}}</div>`,
      Back: `${meta}\n<div class="nls-front">{{cloze:Text}}</div>\n{{#Extra}}<hr id="answer">\n<div class="nls-back">{{Extra}}</div>{{/Extra}}\n${source}`,
    },
  ],
};

/** Both note types, in the order a push creates them. */
export const NLS_MODELS: readonly AnkiModelDefinition[] = [NLS_BASIC, NLS_CLOZE];

/** The atom types that go to Anki and the note type each uses. */
export const MODEL_FOR_ATOM_TYPE = {flashcard: NLS_BASIC, cloze: NLS_CLOZE} as const;

/** An atom type Anki can study. */
export type AnkiAtomType = keyof typeof MODEL_FOR_ATOM_TYPE;
