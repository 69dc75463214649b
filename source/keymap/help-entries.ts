import {ACTION_IDS, type ActionId, type Keymap} from './actions.js';
import {formatKey, formatKeys} from './format.js';
import type {Scope} from './scopes.js';

/** One row of the help overlay. */
export interface HelpEntry {
  id: ActionId;
  scope: Scope;
  /** All keys, formatted and joined with `/`. */
  keys: string;
  /** The key specs in force, for `@key` searches. */
  keySpecs: readonly string[];
  label: string;
  description: string;
  dangerous: boolean;
}

/** Help rows for the given scopes (every scope when omitted), in scope then catalogue order. */
export function helpEntries(keymap: Keymap, scopes?: readonly Scope[]): HelpEntry[] {
  const ids: ActionId[] =
    scopes === undefined
      ? [...ACTION_IDS]
      : scopes.flatMap((scope) => ACTION_IDS.filter((id) => keymap[id].scope === scope));
  return ids.map((id) => ({
    id,
    scope: keymap[id].scope,
    keys: formatKeys(keymap, id),
    keySpecs: keymap[id].keys,
    label: keymap[id].label,
    description: keymap[id].description,
    dangerous: keymap[id].dangerous === true,
  }));
}

/**
 * Filters help rows by a typed query. Every word must occur (case-insensitively) in the keys,
 * description, label or scope. A query starting with `@` searches by key instead
 * (`@enter`, `@G`), as lazygit's keybindings menu does.
 */
export function filterHelpEntries(entries: readonly HelpEntry[], query: string): HelpEntry[] {
  const trimmed = query.trim();
  if (trimmed === '') return [...entries];
  if (trimmed.startsWith('@')) {
    const wanted = trimmed.slice(1);
    return entries.filter((entry) =>
      entry.keySpecs.some((key) => key === wanted || formatKey(key) === wanted),
    );
  }
  const words = trimmed.toLowerCase().split(/\s+/);
  return entries.filter((entry) => {
    const haystack =
      `${entry.keys} ${entry.description} ${entry.label} ${entry.scope}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
