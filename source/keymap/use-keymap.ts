import {type Key, useInput, useStdin} from 'ink';
import {useCallback, useRef} from 'react';
import {type ActionId, type KeyInfo, matchKey, type Scope} from './keymap.js';

/** A handler for one action; it receives the key spec that fired it (e.g. `'3'`). */
export type ActionHandler = (keySpec: string) => void;

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
 * The one wrapper over Ink's `useInput`. The first action of the stack that matches the key
 * wins even when this hook has no handler for it, so several hooks given the same stack (an app
 * shell handling `global.*`, a screen handling its own ids) never both act on one key press.
 * Without a TTY (pipes, CI) raw mode is unavailable and the hook stays inactive instead of
 * crashing.
 */
export function useKeymap(handlers: KeymapHandlers, options: UseKeymapOptions): void {
  const {isRawModeSupported} = useStdin();
  const latest = useRef({handlers, options});
  latest.current = {handlers, options};
  // A stable handler, so Ink does not re-subscribe to stdin on every render.
  const handleInput = useCallback((input: string, key: Key) => {
    // Kitty keyboard protocol reports releases too; act on press and repeat only.
    if (key.eventType === 'release') return;
    const {handlers: current, options: currentOptions} = latest.current;
    const match = matchKey(input, key, currentOptions.scopes);
    if (match === undefined) {
      currentOptions.onUnmatched?.(input, key);
      return;
    }
    current[match.id]?.(match.keySpec);
  }, []);
  useInput(handleInput, {isActive: (options.isActive ?? true) && isRawModeSupported});
}
