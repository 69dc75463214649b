import {ACTION_IDS, type ActionId, actions} from './actions.js';
import {type KeyInfo, keyMatches} from './key-match.js';
import type {Scope} from './scopes.js';

export type {ActionId, ActionSpec} from './actions.js';
export {ACTION_IDS, ACTIONS, actions} from './actions.js';
export {
  bindingsTable,
  formatHint,
  formatKey,
  formatKeys,
  type Hint,
  hintsFor,
} from './format.js';
export {isValidKeySpec, type KeyInfo, keyMatches} from './key-match.js';
export {SCOPE_STACKS, SCOPES, type Scope, type ScopeStackName} from './scopes.js';

/** The result of {@link matchAction}: the action and which of its keys was pressed. */
export interface ActionMatch {
  id: ActionId;
  /** The key spec that matched, e.g. `'3'` for `quiz-mcq.toggle-option`. */
  keySpec: string;
}

const byScope = new Map<Scope, ActionId[]>();
for (const id of ACTION_IDS) {
  const scope = actions[id].scope;
  byScope.set(scope, [...(byScope.get(scope) ?? []), id]);
}

/** Action ids of one scope, in catalogue order. */
export function actionsInScope(scope: Scope): readonly ActionId[] {
  return byScope.get(scope) ?? [];
}

/**
 * Maps an Ink `useInput` pair to an action. Scopes are searched in the order given (highest
 * priority first) and the first action with a matching key wins, which is how a screen scope
 * shadows a global key. `global` is only searched when listed, so modal text inputs can omit it.
 */
export function matchKey(
  input: string,
  key: KeyInfo,
  scopes: readonly Scope[],
): ActionMatch | undefined {
  for (const scope of scopes) {
    for (const id of actionsInScope(scope)) {
      for (const keySpec of actions[id].keys) {
        if (keyMatches(keySpec, input, key)) return {id, keySpec};
      }
    }
  }
  return undefined;
}

/** Like {@link matchKey} but returns only the action id. */
export function matchAction(
  input: string,
  key: KeyInfo,
  scopes: readonly Scope[],
): ActionId | undefined {
  return matchKey(input, key, scopes)?.id;
}

/** The action that owns `keySpec` in a scope stack (the first one that binds it), if any. */
export function ownerOfKey(keySpec: string, scopes: readonly Scope[]): ActionId | undefined {
  for (const scope of scopes) {
    for (const id of actionsInScope(scope)) {
      if (actions[id].keys.includes(keySpec)) return id;
    }
  }
  return undefined;
}
