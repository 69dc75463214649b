import {useStdin} from 'ink';
import {useRef} from 'react';
import {SCOPE_STACKS, type Scope} from '../../keymap/keymap.js';
import {useActiveKeymap, useKeymap} from '../../keymap/use-keymap.js';
import type {ReviewItem} from '../../review/review-types.js';
import {type ScreenBindings, useScreenBindings, useShell} from '../app/shell-context.js';
import {type ReviewCommandDeps, undoLast} from './review-commands.js';
import {reviewInputHandlers, reviewListHandlers} from './review-key-handlers.js';
import {itemAt, type ReviewAction, reviewReducer} from './review-state.js';
import {type ReviewQueue, useReviewQueue} from './use-review-queue.js';

const inputScopes: readonly Scope[] = SCOPE_STACKS['review-edit'];

/** What the Review screen draws. */
export interface ReviewScreenState extends ReviewQueue {
  item: ReviewItem | undefined;
  isReady: boolean;
}

/** Options of {@link useReviewScreen}. */
export interface UseReviewScreenOptions {
  isActive: boolean;
  /** Rows of the list, for paging and prefetching. */
  listRows: number;
  /** The `$EDITOR` command; without it `E` explains how to set one. */
  editor?: string;
}

/**
 * Wires the Review screen: the queue, its keys (a handler map per mode) and the shell's undo.
 * Decisions, undo and editing live in `review-commands.ts`.
 */
export function useReviewScreen(options: UseReviewScreenOptions): ReviewScreenState {
  const {isActive, listRows, editor} = options;
  const shell = useShell();
  const {stdin} = useStdin();
  const queue = useReviewQueue(listRows);
  const {state, dispatch, service} = queue;
  // Keys can arrive faster than renders: handlers read the latest state here.
  const latest = useRef(state);
  latest.current = state;
  const busy = useRef(false);
  const keymap = useActiveKeymap();
  const deps: ReviewCommandDeps = {
    keymap,
    state: () => latest.current,
    // Every key-driven change is applied to `latest` at once, so the next key sees it.
    act: (action: ReviewAction) => {
      latest.current = reviewReducer(latest.current, action);
      dispatch(action);
    },
    service,
    shell,
    busy,
    editor,
    releaseTerminal: (work) => {
      stdin.setRawMode?.(false);
      try {
        return work();
      } finally {
        stdin.setRawMode?.(true);
      }
    },
  };

  const isTyping = state.mode.kind !== 'list';
  useKeymap(isTyping ? reviewInputHandlers(deps) : reviewListHandlers({...deps, listRows}), {
    scopes: isTyping ? inputScopes : SCOPE_STACKS.review,
    isActive,
    onUnmatched: isTyping ? (input, key) => deps.act({type: 'type', input, key}) : undefined,
  });
  const bindings: ScreenBindings = isTyping
    ? {scopes: inputScopes, isModal: true}
    : {scopes: SCOPE_STACKS.review, onUndo: () => undoLast(deps), onBack: () => false};
  useScreenBindings('review', bindings, isActive);

  return {...queue, item: itemAt(state, state.selected), isReady: service !== null};
}
