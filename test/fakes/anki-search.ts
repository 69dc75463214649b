/** The part of a note/card the fake's search looks at. */
export interface SearchTarget {
  noteId: number;
  cardId: number | null;
  modelName: string;
  deckName: string;
  tags: readonly string[];
  fields: Readonly<Record<string, string>>;
  suspended: boolean;
}

/** Splits a query into terms, keeping quoted parts (with `\"` escapes) together. */
function tokens(query: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < query.length; i++) {
    const ch = query[i] ?? '';
    if (ch === '\\' && i + 1 < query.length) {
      current += ch + (query[i + 1] ?? '');
      i++;
    } else if (ch === '"') {
      quoted = !quoted;
    } else if (/\s/.test(ch) && !quoted) {
      if (current !== '') out.push(current);
      current = '';
    } else if ((ch === '(' || ch === ')') && !quoted) {
      if (current !== '') out.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current !== '') out.push(current);
  return out;
}

/** Anki's glob (`*` any, `_` one char, `\x` literal) as a case-insensitive regex. */
function glob(pattern: string): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i] ?? '';
    if (ch === '\\' && i + 1 < pattern.length) {
      source += (pattern[i + 1] ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    } else if (ch === '*') source += '.*';
    else if (ch === '_') source += '.';
    else source += ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'i');
}

function matchesTerm(term: string, target: SearchTarget): boolean {
  if (term.startsWith('-')) return !matchesTerm(term.slice(1), target);
  const colon = term.indexOf(':');
  if (colon < 0) {
    const re = glob(`*${term}*`);
    return Object.values(target.fields).some((value) => re.test(value));
  }
  const name = term.slice(0, colon).toLowerCase();
  const value = term.slice(colon + 1);
  switch (name) {
    case 'deck': {
      const re = glob(value);
      return re.test(target.deckName) || glob(`${value}::*`).test(target.deckName);
    }
    case 'note':
      return glob(value).test(target.modelName);
    case 'tag': {
      const re = glob(value);
      return target.tags.some((tag) => re.test(tag) || glob(`${value}::*`).test(tag));
    }
    case 'nid':
      return value.split(',').map(Number).includes(target.noteId);
    case 'cid':
      return target.cardId !== null && value.split(',').map(Number).includes(target.cardId);
    case 'is':
      return value === 'suspended' ? target.suspended : true;
    default: {
      const field = Object.keys(target.fields).find((f) => f.toLowerCase() === name);
      return field !== undefined && glob(value).test(target.fields[field] ?? '');
    }
  }
}

/**
 * A small subset of Anki's search syntax, enough for a sync: terms (AND), `OR` between groups,
 * `deck:`, `note:`, `tag:`, `nid:`, `cid:`, `is:suspended`, `Field:value`, `-` negation, globs.
 */
export function matchesQuery(query: string, target: SearchTarget): boolean {
  const groups: string[][] = [[]];
  for (const token of tokens(query)) {
    if (token.toUpperCase() === 'OR') groups.push([]);
    else if (token.toUpperCase() !== 'AND') groups.at(-1)?.push(token);
  }
  return groups.some((terms) => terms.every((term) => matchesTerm(term, target)));
}
