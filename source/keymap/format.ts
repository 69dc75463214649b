import {ACTION_IDS, type ActionId, defaultKeymap, type Keymap} from './actions.js';
import {SCOPES, type Scope} from './scopes.js';

/** How named keys are shown (`return` → `enter`); a remap accepts the shown names too. */
export const keyDisplayNames: Readonly<Record<string, string>> = {
  up: '↑',
  down: '↓',
  left: '←',
  right: '→',
  pageup: 'pgup',
  pagedown: 'pgdn',
  return: 'enter',
  escape: 'esc',
};

/** Display text for one key spec: `'return'` → `enter`, `'up'` → `↑`, `'ctrl+c'` → `ctrl+c`. */
export function formatKey(spec: string): string {
  return keyDisplayNames[spec] ?? spec;
}

/** Display text for an action's keys (all of them unless `limit` is given), joined by `/`. */
export function formatKeys(keymap: Keymap, id: ActionId, limit?: number): string {
  const action = keymap[id];
  if (action.keyLabel !== undefined) return action.keyLabel;
  return action.keys.slice(0, limit).map(formatKey).join('/');
}

/** Footer text for one action: its first two keys and its short label, e.g. `j/↓ down`. */
export function formatHint(keymap: Keymap, id: ActionId): string {
  return `${formatKeys(keymap, id, 2)} ${keymap[id].label}`;
}

/** One footer hint: the action, the keys to show and the label. */
export interface Hint {
  id: ActionId;
  keys: string;
  label: string;
  dangerous: boolean;
}

/**
 * Footer hints for a scope stack (highest priority first): visible actions whose keys are not
 * all taken by an earlier scope, showing only the keys that still reach them.
 */
export function hintsFor(keymap: Keymap, scopes: readonly Scope[]): Hint[] {
  const taken = new Set<string>();
  const hints: Hint[] = [];
  for (const scope of scopes) {
    const scopeKeys: string[] = [];
    for (const id of ACTION_IDS) {
      const action = keymap[id];
      if (action.scope !== scope) continue;
      const live = action.keys.filter((key) => !taken.has(key));
      scopeKeys.push(...live);
      if (action.hidden || live.length === 0) continue;
      const keys =
        action.keyLabel !== undefined && live.length === action.keys.length
          ? action.keyLabel
          : live.slice(0, 2).map(formatKey).join('/');
      hints.push({id, keys, label: action.label, dangerous: action.dangerous === true});
    }
    for (const key of scopeKeys) taken.add(key);
  }
  return hints;
}

const escapeCell = (text: string): string => text.replaceAll('|', '\\|');

/** The README key table (markdown) of the default bindings, grouped by scope in {@link SCOPES} order. */
export function bindingsTable(): string {
  const lines = ['| Scope | Keys | Action |', '| --- | --- | --- |'];
  for (const scope of SCOPES) {
    for (const id of ACTION_IDS) {
      const action = defaultKeymap[id];
      if (action.scope !== scope) continue;
      const keys =
        action.keyLabel === undefined
          ? action.keys.map((key) => `\`${formatKey(key)}\``).join(' ')
          : `\`${action.keyLabel}\``;
      const note = action.dangerous ? ' (asks to confirm)' : '';
      lines.push(`| ${scope} | ${escapeCell(keys)} | ${escapeCell(action.description)}${note} |`);
    }
  }
  return `${lines.join('\n')}\n`;
}
