/**
 * The parts of Ink's `useInput` key object that bindings look at. Ink's `Key` is assignable to
 * it, so this module stays free of Ink and React.
 */
export interface KeyInfo {
  upArrow?: boolean;
  downArrow?: boolean;
  leftArrow?: boolean;
  rightArrow?: boolean;
  pageUp?: boolean;
  pageDown?: boolean;
  home?: boolean;
  end?: boolean;
  return?: boolean;
  escape?: boolean;
  ctrl?: boolean;
  shift?: boolean;
  meta?: boolean;
  tab?: boolean;
  backspace?: boolean;
  delete?: boolean;
}

type NamedKey = Exclude<keyof KeyInfo, 'ctrl' | 'shift' | 'meta'>;

// Key spec name → the flag Ink sets for it. Tab and space are handled separately because
// shift+tab and a typed space need extra checks.
const namedKeys: Readonly<Record<string, NamedKey>> = {
  up: 'upArrow',
  down: 'downArrow',
  left: 'leftArrow',
  right: 'rightArrow',
  pageup: 'pageUp',
  pagedown: 'pageDown',
  home: 'home',
  end: 'end',
  return: 'return',
  escape: 'escape',
};

// ctrl+h, ctrl+i, ctrl+j and ctrl+m arrive as backspace, tab, enter and return, so they can
// never be told apart and are not valid specs.
const ctrlLetter = /^ctrl\+([a-gk-ln-z])$/;

/** True when `spec` is a key spec the keymap understands. */
export function isValidKeySpec(spec: string): boolean {
  if (spec in namedKeys || ctrlLetter.test(spec)) return true;
  if (spec === 'tab' || spec === 'shift+tab' || spec === 'space' || spec === 'backspace') {
    return true;
  }
  return [...spec].length === 1 && /^[!-~]$/.test(spec);
}

/** True when Ink's `(input, key)` pair is the key described by `spec`. */
export function keyMatches(spec: string, input: string, key: KeyInfo): boolean {
  const flag = namedKeys[spec];
  if (flag !== undefined) return key[flag] === true && !key.shift && !key.ctrl;
  switch (spec) {
    case 'tab':
      return key.tab === true && !key.shift;
    case 'shift+tab':
      return key.tab === true && key.shift === true;
    case 'space':
      return input === ' ' && !key.ctrl;
    // Most terminals send DEL (0x7f) for backspace, which Ink reports as `delete`.
    case 'backspace':
      return key.backspace === true || key.delete === true;
  }
  const ctrl = ctrlLetter.exec(spec);
  if (ctrl) return key.ctrl === true && input === ctrl[1];
  return input === spec && !key.ctrl && !key.meta;
}
