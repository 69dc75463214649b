import {Box, Text, useApp} from 'ink';
import {type RefObject, useMemo, useRef, useState} from 'react';
import {ErrorLine} from '../../components/error-line.js';
import {FooterHints} from '../../components/footer-hints.js';
import {SCOPE_STACKS, type Scope} from '../../keymap/keymap.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {ConfirmLayer} from '../app/confirm-layer.js';
import {HelpLayer} from '../app/help-layer.js';
import {
  type ConfirmRequest,
  type ScreenBindings,
  type ShellApi,
  ShellProvider,
} from '../app/shell-context.js';
import {type ShownError, toShownError} from '../app/shell-state.js';
import {ReviewScreen} from './review-screen.js';

/** Props of {@link ReviewApp}. */
export interface ReviewAppProps {
  width: number;
  height: number;
  /** The `$EDITOR` command for `E`. */
  editor?: string;
}

type Overlay = {kind: 'help'} | {kind: 'confirm'; request: ConfirmRequest};

/** What {@link reviewShellApi} changes. */
interface ReviewShellSetters {
  setOverlay: (overlay: Overlay) => void;
  setError: (error: ShownError | null) => void;
  setNotice: (notice: string | null) => void;
  bindings: RefObject<ScreenBindings>;
  onBindingsChanged: () => void;
}

// The shell API of a lone Review screen: one message line at a time, no other screens to visit.
function reviewShellApi(setters: ReviewShellSetters): ShellApi {
  const {setOverlay, setError, setNotice, bindings} = setters;
  return {
    confirm: (request) => setOverlay({kind: 'confirm', request}),
    reportError: (failure) => {
      setNotice(null);
      setError(toShownError(failure));
    },
    notify: (text) => {
      setError(null);
      setNotice(text);
    },
    goTo: () => {},
    refreshStatus: () => {},
    setBindings: (_screen, next) => {
      const previous = bindings.current;
      bindings.current = next;
      if (previous.scopes.join() !== next.scopes.join() || previous.isModal !== next.isModal) {
        setters.onBindingsChanged();
      }
    },
    request: null,
    consumeRequest: () => {},
  };
}

/**
 * `nls review` on a terminal: the Review screen alone, in a small shell of its own that gives
 * it confirmations, the error and notice lines, help, key hints, undo and `q` to quit.
 */
export function ReviewApp({width, height, editor}: ReviewAppProps) {
  const {exit} = useApp();
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const bindings = useRef<ScreenBindings>({scopes: SCOPE_STACKS.review});
  const [, setVersion] = useState(0);

  const shell = useMemo(
    () =>
      reviewShellApi({
        setOverlay,
        setError,
        setNotice,
        bindings,
        onBindingsChanged: () => setVersion((version) => version + 1),
      }),
    [],
  );

  const active = bindings.current;
  useKeymap(
    {
      'global.quit': () => exit(),
      'global.help': () => setOverlay({kind: 'help'}),
      'global.back': () => {
        if (error || notice) {
          setError(null);
          setNotice(null);
          return;
        }
        active.onBack?.();
      },
      'global.undo': () => active.onUndo?.(),
    },
    {scopes: active.scopes, isActive: overlay === null && active.isModal !== true},
  );

  const messageLines = (error ? (error.hint ? 2 : 1) : 0) + (notice ? 1 : 0);
  const bodyHeight = Math.max(6, height - 1 - 1 - messageLines);
  const footerScopes: readonly Scope[] =
    overlay === null ? active.scopes : overlay.kind === 'confirm' ? ['confirm'] : ['help'];
  return (
    <ShellProvider value={shell}>
      <Box flexDirection="column" width={width} height={height - 1}>
        <Box flexDirection="column" height={bodyHeight} overflow="hidden">
          {overlay?.kind === 'help' ? (
            <HelpLayer
              scopes={active.scopes}
              height={bodyHeight}
              onClose={() => setOverlay(null)}
            />
          ) : null}
          {overlay?.kind === 'confirm' ? (
            <ConfirmLayer request={overlay.request} onClose={() => setOverlay(null)} />
          ) : null}
          <Box display={overlay?.kind === 'help' ? 'none' : 'flex'} flexDirection="column">
            <ReviewScreen
              isActive={overlay === null}
              width={width}
              height={bodyHeight - (overlay?.kind === 'confirm' ? 5 : 0)}
              editor={editor}
            />
          </Box>
        </Box>
        {error ? <ErrorLine message={error.message} hint={error.hint} /> : null}
        {notice ? <Text wrap="truncate">{notice}</Text> : null}
        <FooterHints scopes={footerScopes} width={width} />
      </Box>
    </ShellProvider>
  );
}
