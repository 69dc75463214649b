import {UserError} from '../errors.js';
import {ACTION_IDS, defaultKeymap, formatKey, type Keymap} from '../keymap/keymap.js';
import {type KeyRemap, type RemapProblem, remapKeymap} from '../keymap/remap.js';
import {closestName} from '../text/closest-name.js';

/** The key forms a remap accepts, for hints. */
export const keySpecForms =
  'one character (a, A, ?, 1), space, tab, shift+tab, enter, esc, backspace, up, down, left, right, home, end, pageup, pagedown, or ctrl+ a letter (not h, i, j or m: terminals send those as other keys)';

const setting = (action: string) => `keys.${JSON.stringify(action)}`;

interface Explained {
  message: string;
  hint: string;
}

function explain(problem: RemapProblem, file: string): Explained {
  const where = `${setting(problem.action)} in ${file}`;
  switch (problem.kind) {
    case 'unknown-action': {
      const guess = closestName(problem.action, ACTION_IDS);
      return {
        message: `${where} names no action nls has.`,
        hint: `${guess ? `Did you mean ${setting(guess)}? ` : ''}Run nls keys for every action id (scope.verb), or remove ${setting(problem.action)}.`,
      };
    }
    case 'no-keys':
      return {
        message: `${where} lists no key.`,
        hint: `Give at least one key, e.g. ${setting(problem.action)}: ["x"], or remove the line to keep the default.`,
      };
    case 'bad-key':
      return {
        message: `${where} has ${JSON.stringify(problem.key)}, which is not a key nls can read.`,
        hint: `Use ${keySpecForms}.`,
      };
    case 'reserved-key':
      return {
        message: `${where} cannot use ${JSON.stringify(problem.key)}: ${problem.reason}.`,
        hint: `Pick another key for ${problem.action} (nls keys lists every binding).`,
      };
    case 'conflict':
      return {
        message: `${where} binds ${formatKey(problem.key)}, which ${problem.other} (${defaultKeymap[problem.other].description}) also uses where both are active (${problem.stack.join(' → ')}); one of them could never be pressed there.`,
        hint: `Pick another key for ${problem.action}, or remap ${problem.other} too (${setting(problem.other)}); nls keys lists every binding.`,
      };
  }
}

/** Reads the `keys` setting into a remap: each value a key or a list of keys. */
function remapFrom(raw: Readonly<Record<string, unknown>>, file: string): KeyRemap {
  const remap: Record<string, readonly string[]> = {};
  for (const [action, value] of Object.entries(raw)) {
    const keys = typeof value === 'string' ? [value] : value;
    if (!Array.isArray(keys) || !keys.every((key) => typeof key === 'string')) {
      throw new UserError(`${setting(action)} in ${file} must be a key or a list of keys.`, {
        hint: `Write it as ${setting(action)}: ["a", "y"] (see nls keys for the defaults).`,
      });
    }
    remap[action] = keys;
  }
  return remap;
}

/**
 * The keymap in force: the catalogue with the learner's `keys` setting applied. An unknown
 * action, a key nls cannot read and two actions sharing a key where both are active each stop
 * nls with a message naming the setting; the first problem is reported, with a count of the rest.
 */
export function keymapFromSettings(
  raw: Readonly<Record<string, unknown>> | undefined,
  file: string | undefined,
): Keymap {
  const result = remapKeymap(remapFrom(raw ?? {}, file ?? 'the settings file'));
  const [first, ...rest] = result.problems;
  if (first === undefined) return result.keymap;
  const {message, hint} = explain(first, file ?? 'the settings file');
  const more =
    rest.length === 0 ? '' : ` (${rest.length} more problem(s) in "keys" after this one)`;
  throw new UserError(`${message}${more}`, {hint});
}
