import {type Dispatch, type RefObject, useMemo} from 'react';
import type {ScreenBindings, ScreenId, ShellApi, ShellRequest} from './shell-context.js';
import type {ShellAction} from './shell-reducer.js';
import {toShownError} from './shell-state.js';

/** True when a screen's new bindings change what the shell draws or listens to. */
export function bindingsChanged(previous: ScreenBindings | undefined, next: ScreenBindings) {
  return (
    previous?.scopes.join() !== next.scopes.join() ||
    previous?.footerScopes?.join() !== next.footerScopes?.join() ||
    previous?.isModal !== next.isModal
  );
}

/**
 * The API the shell offers its screens, as shell actions. Screens report their bindings on every
 * render: the latest are kept in `bindings` (fresh `esc`/`z` handlers) and only a change of
 * scopes re-renders the shell.
 */
export function useShellApi(
  dispatch: Dispatch<ShellAction>,
  request: ShellRequest | null,
  bindings: RefObject<Map<ScreenId, ScreenBindings>>,
): ShellApi {
  return useMemo<ShellApi>(
    () => ({
      confirm: (confirmRequest) =>
        dispatch({type: 'open-overlay', overlay: {kind: 'confirm', request: confirmRequest}}),
      reportError: (failure) => dispatch({type: 'show-error', error: toShownError(failure)}),
      notify: (text) => dispatch({type: 'show-notice', text}),
      goTo: (screen) => dispatch({type: 'go-to', screen}),
      refreshStatus: () => dispatch({type: 'refresh-status'}),
      setBindings: (id, next) => {
        const previous = bindings.current.get(id);
        bindings.current.set(id, next);
        if (bindingsChanged(previous, next)) dispatch({type: 'bindings-changed'});
      },
      request,
      consumeRequest: (seq) => dispatch({type: 'consume-request', seq}),
    }),
    [dispatch, request, bindings],
  );
}
