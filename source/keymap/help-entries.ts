import {ACTION_IDS, type ActionId, actions} from './actions.js';
import {formatKey, formatKeys} from './format.js';
import type {Scope} from './scopes.js';

/** One row of the help overlay. */
export interface HelpEntry {
  id: ActionId;
  scope: Scope;
  /** All keys, formatted and joined with `/`. */
  keys: string;
  description: string;
  dangerous: boolean;
}

/** Help rows for the given scopes (every scope when omitted), in scope then catalogue order. */
export function helpEntries(scopes?: readonly Scope[]): HelpEntry[] {
  const ids: ActionId[] =
    scopes === undefined
      ? [...ACTION_IDS]
      : scopes.flatMap((scope) => ACTION_IDS.filter((id) => actions[id].scope === scope));
  return ids.map((id) => ({
    id,
    scope: actions[id].scope,
    keys: formatKeys(id),
    description: actions[id].description,
    dangerous: actions[id].dangerous === true,
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
      actions[entry.id].keys.some((key) => key === wanted || formatKey(key) === wanted),
    );
  }
  const words = trimmed.toLowerCase().split(/\s+/);
  return entries.filter((entry) => {
    const haystack =
      `${entry.keys} ${entry.description} ${actions[entry.id].label} ${entry.scope}`.toLowerCase();
    return words.every((word) => haystack.includes(word));
  });
}
