import type {ConfirmRequest, ScreenId, ShellRequest} from './shell-context.js';
import {pushHistory, type ShownError} from './shell-state.js';

/** What covers the active screen: key help, the command palette, or a yes/no question. */
export type Overlay =
  | {kind: 'help'}
  | {kind: 'palette'}
  | {kind: 'confirm'; request: ConfirmRequest};

/** A concept as the command palette lists it. */
export interface ConceptName {
  id: string;
  name: string;
}

/** The app shell's state: where the person is, what covers the screen, and what it says. */
export interface ShellState {
  screen: ScreenId;
  /** Screens visited, the last one current (esc walks back through them). */
  history: readonly ScreenId[];
  /** Screens mounted so far: they stay mounted (hidden) so their state survives a tab switch. */
  visited: ReadonlySet<ScreenId>;
  overlay: Overlay | null;
  error: ShownError | null;
  notice: string | null;
  /** Bumped to make the status bar load its figures again. */
  statusVersion: number;
  /** The palette's latest request to a screen, until that screen consumes it. */
  request: ShellRequest | null;
  /** Sequence number of the last palette request (tells a request from the one before). */
  requestSeq: number;
  /** Concept names for the palette, loaded each time it opens. */
  concepts: readonly ConceptName[];
  /** Bumped when a screen reports different scopes, so the footer and shell keys follow. */
  bindingsVersion: number;
}

/** Everything that changes the shell's state. */
export type ShellAction =
  | {type: 'go-to'; screen: ScreenId}
  | {type: 'go-back'}
  | {type: 'open-overlay'; overlay: Overlay}
  | {type: 'close-overlay'}
  | {type: 'show-error'; error: ShownError}
  | {type: 'show-notice'; text: string}
  | {type: 'clear-messages'}
  | {type: 'refresh-status'}
  | {type: 'send-request'; screen: ScreenId; request: DistributiveOmit<ShellRequest, 'seq'>}
  | {type: 'consume-request'; seq: number}
  | {type: 'concepts-loaded'; concepts: readonly ConceptName[]}
  | {type: 'bindings-changed'};

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** The state when the app opens on `screen`. */
export function initialShellState(screen: ScreenId): ShellState {
  return {
    screen,
    history: [screen],
    visited: new Set([screen]),
    overlay: null,
    error: null,
    notice: null,
    statusVersion: 0,
    request: null,
    requestSeq: 0,
    concepts: [],
    bindingsVersion: 0,
  };
}

// Going to a screen records it in the history, mounts it, and drops the previous screen's error.
function goTo(state: ShellState, screen: ScreenId): ShellState {
  return {
    ...state,
    screen,
    history: pushHistory(state.history, screen),
    visited: state.visited.has(screen) ? state.visited : new Set([...state.visited, screen]),
    error: null,
  };
}

/** The pure state transition of the app shell. */
export function shellReducer(state: ShellState, action: ShellAction): ShellState {
  switch (action.type) {
    case 'go-to':
      return goTo(state, action.screen);
    case 'go-back': {
      const previous = state.history.at(-2);
      if (previous === undefined) return state;
      return {...state, screen: previous, history: state.history.slice(0, -1)};
    }
    case 'open-overlay':
      return {...state, overlay: action.overlay};
    case 'close-overlay':
      return {...state, overlay: null};
    case 'show-error':
      return {...state, error: action.error};
    case 'show-notice':
      return {...state, notice: action.text};
    case 'clear-messages':
      return {...state, error: null, notice: null};
    case 'refresh-status':
      return {...state, statusVersion: state.statusVersion + 1};
    case 'send-request': {
      const seq = state.requestSeq + 1;
      const request: ShellRequest = {...action.request, seq};
      return {...goTo(state, action.screen), overlay: null, request, requestSeq: seq};
    }
    case 'consume-request':
      return state.request?.seq === action.seq ? {...state, request: null} : state;
    case 'concepts-loaded':
      return {...state, concepts: action.concepts};
    case 'bindings-changed':
      return {...state, bindingsVersion: state.bindingsVersion + 1};
  }
}
