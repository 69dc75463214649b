import {UserError} from '../errors.js';

/** Placeholders ANKI_DECK_TEMPLATE may use besides `{base}`. */
export const DECK_PLACEHOLDERS = [
  'program',
  'track',
  'module',
  'week',
  'area',
  'cluster',
  'concept',
] as const;

/** A placeholder name other than `{base}`. */
export type DeckPlaceholder = (typeof DECK_PLACEHOLDERS)[number];

/** The curriculum values of one atom; missing or blank means "unknown". */
export type DeckValues = Partial<Record<DeckPlaceholder, string | number | null | undefined>>;

/** The deck for atoms whose template values are incomplete. */
export const UNSORTED_DECK = 'Unsorted';

const placeholderPattern = /\{([^{}]*)\}/g;
const known = new Set<string>(['base', ...DECK_PLACEHOLDERS]);

/** Placeholders in a template that are not supported (empty when the template is valid). */
export function unknownDeckPlaceholders(template: string): string[] {
  const unknown = new Set<string>();
  for (const match of template.matchAll(placeholderPattern)) {
    const name = match[1] ?? '';
    if (!known.has(name)) unknown.add(name);
  }
  return [...unknown];
}

/**
 * Makes a value safe inside one deck level: `::` would start a sub-deck and quotes break
 * `deck:"…"` searches, so both go, and whitespace is collapsed.
 */
export function sanitizeDeckPart(value: string): string {
  return value
    .replace(/["“”]/g, '')
    .replace(/:{2,}/g, ' - ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^:+|:+$/g, '')
    .trim();
}

/** Trims each level of a deck path and drops empty levels. */
function normalizePath(path: string): string {
  return path
    .split('::')
    .map((level) => level.trim())
    .filter((level) => level !== '')
    .join('::');
}

/**
 * The Anki deck for one atom from ANKI_DECK_TEMPLATE, e.g. `{base}::{track}::{module}`. When any
 * placeholder has no value the atom goes to `{base}::Unsorted` rather than a half-named deck.
 */
export function deckName(template: string, values: DeckValues, base: string): string {
  const unknown = unknownDeckPlaceholders(template);
  if (unknown.length > 0) {
    throw new UserError(
      `ANKI_DECK_TEMPLATE uses unknown placeholder(s): ${unknown.map((n) => `{${n}}`).join(', ')}.`,
      {hint: `Use only {base}, ${DECK_PLACEHOLDERS.map((n) => `{${n}}`).join(', ')}.`},
    );
  }
  const root = normalizePath(base) || 'NLS';
  let missing = false;
  const filled = template.replace(placeholderPattern, (_whole, name: string) => {
    if (name === 'base') return root;
    const raw = values[name as DeckPlaceholder];
    const part = raw === null || raw === undefined ? '' : sanitizeDeckPart(String(raw));
    if (part === '') missing = true;
    return part;
  });
  if (missing) return `${root}::${UNSORTED_DECK}`;
  return normalizePath(filled) || root;
}
