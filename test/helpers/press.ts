import {
  type ActionId,
  defaultKeymap,
  isValidKeySpec,
  type Keymap,
} from '../../source/keymap/keymap.js';

/** The part of ink-testing-library's stdin that key presses need. */
export interface WritableStdin {
  write(data: string): void;
}

const sequences: Readonly<Record<string, string>> = {
  up: '\u001B[A',
  down: '\u001B[B',
  right: '\u001B[C',
  left: '\u001B[D',
  home: '\u001B[H',
  end: '\u001B[F',
  pageup: '\u001B[5~',
  pagedown: '\u001B[6~',
  return: '\r',
  escape: '\u001B',
  tab: '\t',
  'shift+tab': '\u001B[Z',
  space: ' ',
  backspace: '\u007F',
};

/** The bytes a terminal sends for a key spec (`'ctrl+c'` → `\u0003`, `'up'` → `ESC [ A`). */
export function keySequence(spec: string): string {
  if (!isValidKeySpec(spec)) throw new Error(`not a key spec: ${spec}`);
  const named = sequences[spec];
  if (named !== undefined) return named;
  if (spec.startsWith('ctrl+')) return String.fromCharCode(spec.charCodeAt(5) - 96);
  return spec;
}

/** Presses one key spec. */
export function pressKey(stdin: WritableStdin, spec: string): void {
  stdin.write(keySequence(spec));
}

/** Presses the primary key of an action (in `keymap`, default the catalogue's), so remapping a key never breaks a test. */
export function press(stdin: WritableStdin, id: ActionId, keymap: Keymap = defaultKeymap): void {
  const key = keymap[id].keys[0];
  if (key === undefined) throw new Error(`${id} has no key`);
  pressKey(stdin, key);
}

/** Types text character by character, as a person would. */
export function typeText(stdin: WritableStdin, text: string): void {
  for (const character of text) stdin.write(character);
}
