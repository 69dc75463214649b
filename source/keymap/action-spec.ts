import type {Scope} from './scopes.js';

/** One action in the keymap: its keys, scope and the words that describe it. */
export interface ActionSpec {
  /** The context in which the binding is active; the id's prefix names it too. */
  readonly scope: Scope;
  /** Key specs, first is the primary one: `'j'`, `'G'`, `'down'`, `'ctrl+d'`, `'shift+tab'`. */
  readonly keys: readonly string[];
  /** Short label for footer hints and the palette (one or two words). */
  readonly label: string;
  /** Sentence for the help overlay and the README. */
  readonly description: string;
  /** Display text for the keys when listing them one by one would be noise (e.g. `1-9`). */
  readonly keyLabel?: string;
  /** Destructive or bulk: screens ask for confirmation first. */
  readonly dangerous?: boolean;
  /** Left out of footer hints (still listed in help and the README). */
  readonly hidden?: boolean;
  /** Actions of lower-priority scopes whose keys this one intentionally takes over. */
  readonly shadows?: readonly string[];
}
