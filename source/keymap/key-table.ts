import {ACTION_IDS, type ActionId, defaultKeymap, type Keymap} from './actions.js';
import {formatKeys} from './format.js';
import {SCOPES, type Scope} from './scopes.js';

/** One binding as `nls keys` lists it. */
export interface KeyTableRow {
  scope: Scope;
  action: ActionId;
  /** The key specs in force, as a remap would write them. */
  keys: readonly string[];
  /** The keys as hints and help show them (`j/↓`). */
  shown: string;
  description: string;
  /** The keys differ from the catalogue's (a `keys` setting changed them). */
  remapped: boolean;
}

const sameKeys = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((key, index) => key === b[index]);

/** Every binding of `keymap`, grouped by scope in {@link SCOPES} order as in the README. */
export function keyTableRows(keymap: Keymap): KeyTableRow[] {
  return SCOPES.flatMap((scope) =>
    ACTION_IDS.filter((id) => keymap[id].scope === scope).map((id) => ({
      scope,
      action: id,
      keys: keymap[id].keys,
      shown: formatKeys(keymap, id),
      description: keymap[id].description,
      remapped: !sameKeys(keymap[id].keys, defaultKeymap[id].keys),
    })),
  );
}

/**
 * The rows as plain aligned text under a header; a remapped binding is marked `*` (a mark, not a
 * colour, so it reads the same with NO_COLOR and in a pipe).
 */
export function keyTableLines(rows: readonly KeyTableRow[]): string[] {
  const header = {scope: 'SCOPE', action: 'ACTION', shown: 'KEYS'};
  const width = (pick: (row: typeof header) => string) =>
    Math.max(...[header, ...rows].map((row) => [...pick(row)].length));
  const scopeWidth = width((row) => row.scope);
  const actionWidth = width((row) => row.action);
  const keysWidth = width((row) => row.shown) + 2;
  const line = (row: typeof header, mark: string, description: string) =>
    `${row.scope.padEnd(scopeWidth)}  ${row.action.padEnd(actionWidth)}  ${`${row.shown}${mark}`.padEnd(keysWidth)}${description}`.trimEnd();
  return [
    line(header, '', 'DESCRIPTION'),
    ...rows.map((row) => line(row, row.remapped ? ' *' : '', row.description)),
  ];
}
