import type {ActionSpec} from './action-spec.js';
import {ACTION_IDS, type ActionId, defaultKeymap, type Keymap} from './actions.js';
import {keyDisplayNames} from './format.js';
import {isValidKeySpec} from './key-match.js';
import {actionsInScope} from './keymap.js';
import {SCOPE_STACKS, type Scope} from './scopes.js';

/** A learner's remap as written in `nls.config.json`: action id → its new keys (all of them). */
export type KeyRemap = Readonly<Record<string, readonly string[]>>;

/** Why a remap cannot be used; each names the action so the caller can name the setting. */
export type RemapProblem =
  | {kind: 'unknown-action'; action: string}
  | {kind: 'no-keys'; action: ActionId}
  | {kind: 'bad-key'; action: ActionId; key: string}
  | {kind: 'reserved-key'; action: ActionId; key: string; reason: string}
  | {
      kind: 'conflict';
      action: ActionId;
      key: string;
      other: ActionId;
      stack: readonly Scope[];
    };

/** A remap applied to the catalogue, with everything wrong with it (empty when usable). */
export interface RemapResult {
  keymap: Keymap;
  problems: RemapProblem[];
}

const aliases: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.entries(keyDisplayNames).map(([spec, shown]) => [shown, spec])),
  ' ': 'space',
  enter: 'return',
  esc: 'escape',
};

/**
 * The key spec a learner meant, or undefined when it is none: a single character stays as typed
 * (`G` is not `g`); longer names ignore case and accept the names help shows (`Enter`, `esc`,
 * `↑`, `Ctrl+D`).
 */
export function normalizeKeySpec(written: string): string | undefined {
  const single = [...written].length === 1;
  const spec = single ? (aliases[written] ?? written) : written.trim().toLowerCase();
  const resolved = aliases[spec] ?? spec;
  return isValidKeySpec(resolved) ? resolved : undefined;
}

// Keys the line editor of these scopes' text inputs needs (typed characters aside).
const lineEditorKeys = ['left', 'right', 'home', 'end', 'backspace'].concat(
  ['a', 'e', 'u', 'k', 'w'].map((letter) => `ctrl+${letter}`),
);
const typingScopes: Partial<Record<Scope, readonly string[]>> = {
  help: lineEditorKeys,
  palette: lineEditorKeys,
  // The inline editor also moves between fields with tab, shift+tab and the arrows.
  'review-edit': [...lineEditorKeys, 'tab', 'shift+tab', 'up', 'down'],
};

function reservedReason(id: ActionId, spec: string, scope: Scope): string | undefined {
  // Ink ends the app on ctrl+c whatever is bound, so only quitting may claim it.
  if (spec === 'ctrl+c' && id !== 'global.quit') return 'ctrl+c always quits nls';
  const typing = typingScopes[scope];
  if (typing === undefined) return undefined;
  if (typing.includes(spec) || spec === 'space' || [...spec].length === 1) {
    return `text typed in the ${scope} input needs it`;
  }
  return undefined;
}

function remappedSpec(
  id: ActionId,
  written: readonly string[],
  problems: RemapProblem[],
): ActionSpec | undefined {
  const base = defaultKeymap[id];
  if (written.length === 0) {
    problems.push({kind: 'no-keys', action: id});
    return undefined;
  }
  const keys: string[] = [];
  for (const key of written) {
    const spec = normalizeKeySpec(key);
    if (spec === undefined) {
      problems.push({kind: 'bad-key', action: id, key});
      return undefined;
    }
    const reason = reservedReason(id, spec, base.scope);
    if (reason !== undefined) {
      problems.push({kind: 'reserved-key', action: id, key, reason});
      return undefined;
    }
    if (!keys.includes(spec)) keys.push(spec);
  }
  // A label such as `1-9` described the default keys only.
  const {keyLabel: _defaultLabel, ...rest} = base;
  return {...rest, keys};
}

/**
 * Two actions of one scope stack sharing a key, where the remap made it so and the earlier one
 * does not declare that it shadows the later: one of them could never be reached there.
 */
function conflicts(keymap: Keymap, remapped: ReadonlySet<ActionId>): RemapProblem[] {
  const found: RemapProblem[] = [];
  const seen = new Set<string>();
  for (const stack of Object.values(SCOPE_STACKS) as (readonly Scope[])[]) {
    const ids = stack.flatMap((scope) => actionsInScope(scope));
    for (const [index, winner] of ids.entries()) {
      for (const loser of ids.slice(index + 1)) {
        if (!remapped.has(winner) && !remapped.has(loser)) continue;
        const declared =
          keymap[winner].scope !== keymap[loser].scope &&
          (keymap[winner].shadows ?? []).includes(loser);
        if (declared) continue;
        for (const key of keymap[winner].keys.filter((spec) => keymap[loser].keys.includes(spec))) {
          const [action, other] = remapped.has(winner) ? [winner, loser] : [loser, winner];
          const id = `${action} ${other} ${key}`;
          if (seen.has(id)) continue;
          seen.add(id);
          found.push({kind: 'conflict', action, key, other, stack});
        }
      }
    }
  }
  return found;
}

/** Applies a learner's remap to the catalogue; the keymap is the defaults when problems exist. */
export function remapKeymap(remap: KeyRemap): RemapResult {
  const problems: RemapProblem[] = [];
  const changed: Partial<Record<ActionId, ActionSpec>> = {};
  for (const [action, keys] of Object.entries(remap)) {
    if (!(ACTION_IDS as string[]).includes(action)) {
      problems.push({kind: 'unknown-action', action});
      continue;
    }
    const id = action as ActionId;
    const spec = remappedSpec(id, keys, problems);
    if (spec !== undefined) changed[id] = spec;
  }
  const remapped = new Set(Object.keys(changed) as ActionId[]);
  const keymap: Keymap = {...defaultKeymap, ...changed};
  problems.push(...conflicts(keymap, remapped));
  if (problems.length > 0) return {keymap: defaultKeymap, problems};
  return {keymap, problems};
}
