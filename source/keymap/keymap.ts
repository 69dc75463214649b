import {ACTION_IDS, type ActionId, defaultKeymap, type Keymap} from './actions.js';
import {type KeyInfo, keyMatches} from './key-match.js';
import type {Scope} from './scopes.js';

export type {ActionId, Keymap} from './actions.js';
export {ACTION_IDS, defaultKeymap} from './actions.js';
export {
  bindingsTable,
  formatHint,
  formatKey,
  formatKeys,
  type Hint,
  hintsFor,
} from './format.js';
export {isValidKeySpec, type KeyInfo, keyMatches} from './key-match.js';
export {SCOPE_STACKS, SCOPES, type Scope} from './scopes.js';

/** The result of {@link matchKey}: the action and which of its keys was pressed. */
export interface ActionMatch {
  id: ActionId;
  /** The key spec that matched, e.g. `'3'` for `quiz-mcq.toggle-option`. */
  keySpec: string;
  /** Its position in the action's keys (option number n − 1 for `quiz-mcq.toggle-option`). */
  keyIndex: number;
}

// A remap changes keys, never scopes, so one index serves every keymap.
const byScope = new Map<Scope, ActionId[]>();
for (const id of ACTION_IDS) {
  const scope = defaultKeymap[id].scope;
  byScope.set(scope, [...(byScope.get(scope) ?? []), id]);
}

/** Action ids of one scope, in catalogue order. */
export function actionsInScope(scope: Scope): readonly ActionId[] {
  return byScope.get(scope) ?? [];
}

/**
 * Maps an Ink `useInput` pair to an action of `keymap`. Scopes are searched in the order given
 * (highest priority first) and the first action with a matching key wins, which is how a screen
 * scope shadows a global key. `global` is only searched when listed, so modal text inputs can
 * omit it.
 */
export function matchKey(
  keymap: Keymap,
  input: string,
  key: KeyInfo,
  scopes: readonly Scope[],
): ActionMatch | undefined {
  for (const scope of scopes) {
    for (const id of actionsInScope(scope)) {
      const keyIndex = keymap[id].keys.findIndex((keySpec) => keyMatches(keySpec, input, key));
      if (keyIndex !== -1) return {id, keySpec: keymap[id].keys[keyIndex]!, keyIndex};
    }
  }
  return undefined;
}

/** Like {@link matchKey} but returns only the action id. */
export function matchAction(
  keymap: Keymap,
  input: string,
  key: KeyInfo,
  scopes: readonly Scope[],
): ActionId | undefined {
  return matchKey(keymap, input, key, scopes)?.id;
}
