import {type Key, useInput, useStdin} from 'ink';
import {createContext, createElement, type ReactNode, useCallback, useContext, useRef} from 'react';
import {
  type ActionId,
  defaultKeymap,
  type KeyInfo,
  type Keymap,
  matchKey,
  type Scope,
} from './keymap.js';

/**
 * The keymap in force. Provided once at the root (the learner's remap from nls.config.json); a
 * tree rendered without a provider, as most tests are, gets the defaults, so no test leaks a
 * remap into another.
 */
const KeymapContext = createContext<Keymap>(defaultKeymap);

/** Provides the resolved keymap to every hook, hint and help overlay below it. */
export function KeymapProvider(props: {keymap: Keymap; children?: ReactNode}) {
  return createElement(KeymapContext.Provider, {value: props.keymap}, props.children);
}

/** The keymap in force, for components that show keys (hints, help, palette). */
export function useActiveKeymap(): Keymap {
  return useContext(KeymapContext);
}

/**
 * A handler for one action; it receives the key spec that fired it (e.g. `'3'`) and that key's
 * position in the action's keys.
 */
export type ActionHandler = (keySpec: string, keyIndex: number) => void;

/** Handlers by action id; actions without a handler are ignored by this hook. */
export type KeymapHandlers = Partial<Record<ActionId, ActionHandler>>;

/** Options for {@link useKeymap}. */
export interface UseKeymapOptions {
  /** The scope stack, highest priority first (see `SCOPE_STACKS`). */
  scopes: readonly Scope[];
  /** Listen only while true (e.g. false for a screen hidden behind an overlay); default true. */
  isActive?: boolean;
  /** Called with input that matched no action in `scopes`, e.g. to feed a text input. */
  onUnmatched?: (input: string, key: KeyInfo) => void;
}

/**
 * The one wrapper over Ink's `useInput`, matching keys against the keymap in force. The first
 * action of the stack that matches the key wins even when this hook has no handler for it, so
 * several hooks given the same stack (an app shell handling `global.*`, a screen handling its
 * own ids) never both act on one key press. Without a TTY (pipes, CI) raw mode is unavailable
 * and the hook stays inactive instead of crashing.
 */
export function useKeymap(handlers: KeymapHandlers, options: UseKeymapOptions): void {
  const {isRawModeSupported} = useStdin();
  const keymap = useActiveKeymap();
  const latest = useRef({handlers, options, keymap});
  latest.current = {handlers, options, keymap};
  // A stable handler, so Ink does not re-subscribe to stdin on every render.
  const handleInput = useCallback((input: string, key: Key) => {
    // Kitty keyboard protocol reports releases too; act on press and repeat only.
    if (key.eventType === 'release') return;
    const {handlers: current, options: currentOptions, keymap: currentKeymap} = latest.current;
    const match = matchKey(currentKeymap, input, key, currentOptions.scopes);
    if (match === undefined) {
      currentOptions.onUnmatched?.(input, key);
      return;
    }
    current[match.id]?.(match.keySpec, match.keyIndex);
  }, []);
  useInput(handleInput, {isActive: (options.isActive ?? true) && isRawModeSupported});
}
