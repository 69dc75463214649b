import {Box, Text, useApp} from 'ink';
import {useCallback, useEffect, useMemo, useRef, useState} from 'react';
import {ErrorLine} from '../../components/error-line.js';
import {FooterHints} from '../../components/footer-hints.js';
import type {Config} from '../../config/load-config.js';
import {findConceptNames} from '../../db/concept-rows.js';
import type {Database} from '../../db/connection.js';
import type {Scope} from '../../keymap/keymap.js';
import {useActiveKeymap, useKeymap} from '../../keymap/use-keymap.js';
import {JobsProvider} from '../sync/jobs-context.js';
import {JOBS, type JobRunners} from '../sync/sync-jobs.js';
import {ConfirmLayer} from './confirm-layer.js';
import {HelpLayer} from './help-layer.js';
import {type PaletteAction, paletteEntries} from './palette-commands.js';
import {PaletteLayer} from './palette-layer.js';
import {SCREENS, screenEntry, screenKey} from './screen-list.js';
import {ServicesProvider} from './services-context.js';
import {ShellStatusBar, TabBar} from './shell-bars.js';
import {
  type ConfirmRequest,
  type ScreenBindings,
  type ScreenId,
  type ShellApi,
  ShellProvider,
  type ShellRequest,
} from './shell-context.js';
import {cycleScreen, pushHistory, type ShownError, toShownError} from './shell-state.js';
import {useStatusSummary} from './use-status-summary.js';
import {useTerminalSize} from './use-terminal-size.js';

/** Props of {@link App}. */
export interface AppProps {
  config: Config;
  /** An already open database; without it `openDatabase` is called after the first frame. */
  database?: Database | null;
  openDatabase?: () => Promise<Database>;
  initialScreen?: ScreenId;
  jobs?: JobRunners;
  now?: () => Date;
  random?: () => number;
  /** Size overrides (tests); otherwise the terminal's size, following resizes. */
  width?: number;
  height?: number;
}

type Overlay = {kind: 'help'} | {kind: 'palette'} | {kind: 'confirm'; request: ConfirmRequest};

const systemNow = () => new Date();

/** The app shell: tabs, status bar, the active screen, overlays, error line and key hints. */
export function App(props: AppProps) {
  const {exit} = useApp();
  const terminal = useTerminalSize();
  const width = props.width ?? terminal.columns;
  const height = props.height ?? terminal.rows;
  const [db, setDb] = useState<Database | null>(props.database ?? null);
  const [screen, setScreen] = useState<ScreenId>(props.initialScreen ?? 'dashboard');
  const [history, setHistory] = useState<ScreenId[]>([screen]);
  const [visited, setVisited] = useState<ReadonlySet<ScreenId>>(new Set([screen]));
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [error, setError] = useState<ShownError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [statusVersion, setStatusVersion] = useState(0);
  const [request, setRequest] = useState<ShellRequest | null>(null);
  const [concepts, setConcepts] = useState<{id: string; name: string}[]>([]);
  const bindings = useRef(new Map<ScreenId, ScreenBindings>());
  const [, setBindingsVersion] = useState(0);
  const status = useStatusSummary(db, statusVersion);
  const sequence = useRef(0);
  const now = props.now ?? systemNow;
  const jobs = props.jobs;
  const keymap = useActiveKeymap();

  // Open the database after the first frame, so start-up never waits for PGlite.
  const {openDatabase} = props;
  useEffect(() => {
    if (db || !openDatabase) return;
    const timer = setTimeout(() => {
      openDatabase().then(setDb, (failure: unknown) => setError(toShownError(failure)));
    }, 0);
    return () => clearTimeout(timer);
  }, [db, openDatabase]);

  const goTo = useCallback((next: ScreenId) => {
    setScreen(next);
    setHistory((list) => pushHistory(list, next));
    setVisited((set) => (set.has(next) ? set : new Set([...set, next])));
    setError(null);
  }, []);

  const shell = useMemo<ShellApi>(
    () => ({
      confirm: (confirmRequest) => setOverlay({kind: 'confirm', request: confirmRequest}),
      reportError: (failure) => setError(toShownError(failure)),
      notify: (text) => setNotice(text),
      goTo,
      refreshStatus: () => setStatusVersion((version) => version + 1),
      setBindings: (id, next) => {
        const previous = bindings.current.get(id);
        bindings.current.set(id, next);
        const changed =
          previous?.scopes.join() !== next.scopes.join() ||
          previous?.footerScopes?.join() !== next.footerScopes?.join() ||
          previous?.isModal !== next.isModal;
        if (changed) setBindingsVersion((version) => version + 1);
      },
      request,
      consumeRequest: (seq) => setRequest((current) => (current?.seq === seq ? null : current)),
    }),
    [goTo, request],
  );

  const active = bindings.current.get(screen);
  const scopes: readonly Scope[] = active?.scopes ?? screenEntry(screen).scopes;
  const openPalette = () => {
    setOverlay({kind: 'palette'});
    if (db) findConceptNames(db.sql).then(setConcepts, () => setConcepts([]));
  };
  useKeymap(
    {
      'global.quit': () => exit(),
      'global.help': () => setOverlay({kind: 'help'}),
      'global.palette': openPalette,
      'global.back': () => {
        if (error || notice) {
          setError(null);
          setNotice(null);
          return;
        }
        if (active?.onBack?.()) return;
        if (history.length > 1) {
          const previous = history.at(-2)!;
          setHistory(history.slice(0, -1));
          setScreen(previous);
        }
      },
      'global.undo': () => {
        if (active?.onUndo) active.onUndo();
        else setNotice('Nothing to undo on this screen.');
      },
      'global.screen-dashboard': () => goTo('dashboard'),
      'global.screen-sync': () => goTo('sync'),
      'global.screen-concepts': () => goTo('concepts'),
      'global.screen-review': () => goTo('review'),
      'global.screen-quiz': () => goTo('quiz'),
      'global.screen-plan': () => goTo('plan'),
      'global.next-screen': () => goTo(cycleScreen(screen, 1)),
      'global.prev-screen': () => goTo(cycleScreen(screen, -1)),
    },
    {scopes, isActive: overlay === null && active?.isModal !== true},
  );

  const runPalette = (action: PaletteAction) => {
    setOverlay(null);
    sequence.current += 1;
    const seq = sequence.current;
    if (action.kind === 'screen') goTo(action.screen);
    else if (action.kind === 'help') setOverlay({kind: 'help'});
    else if (action.kind === 'quit') exit();
    else if (action.kind === 'job') {
      goTo('sync');
      setRequest({kind: 'start-job', jobId: action.jobId, seq});
    } else {
      goTo('concepts');
      setRequest({kind: 'open-concept', conceptId: action.conceptId, seq});
    }
  };

  const messageLines = (error ? (error.hint ? 2 : 1) : 0) + (notice ? 1 : 0);
  const bodyHeight = Math.max(3, height - 1 - 3 - messageLines);
  const entries = useMemo(
    () =>
      paletteEntries(
        SCREENS.map((entry) => ({
          id: entry.id,
          title: entry.title,
          keys: screenKey(keymap, entry),
        })),
        JOBS.filter((job) => jobs?.[job.id] !== undefined),
        concepts,
        keymap,
      ),
    [jobs, concepts, keymap],
  );
  const footerScopes: readonly Scope[] =
    overlay === null
      ? (active?.footerScopes ?? scopes)
      : overlay.kind === 'confirm'
        ? ['confirm']
        : [overlay.kind];

  return (
    <ServicesProvider value={{config: props.config, db, now, random: props.random ?? Math.random}}>
      <ShellProvider value={shell}>
        <JobsProvider value={jobs ?? {}}>
          <Box flexDirection="column" width={width} height={height - 1}>
            <TabBar active={screen} width={width} />
            <Box flexDirection="column" height={bodyHeight} overflow="hidden">
              {overlay?.kind === 'help' ? (
                <HelpLayer scopes={scopes} height={bodyHeight} onClose={() => setOverlay(null)} />
              ) : null}
              {overlay?.kind === 'palette' ? (
                <PaletteLayer
                  entries={entries}
                  height={bodyHeight}
                  onRun={runPalette}
                  onClose={() => setOverlay(null)}
                />
              ) : null}
              {overlay?.kind === 'confirm' ? (
                <ConfirmLayer request={overlay.request} onClose={() => setOverlay(null)} />
              ) : null}
              {SCREENS.filter((entry) => visited.has(entry.id)).map((entry) => {
                const Screen = entry.component;
                const isShown = entry.id === screen && overlay === null;
                return (
                  <Box key={entry.id} display={isShown ? 'flex' : 'none'} flexDirection="column">
                    <Screen isActive={isShown} width={width} height={bodyHeight} />
                  </Box>
                );
              })}
            </Box>
            {error ? <ErrorLine message={error.message} hint={error.hint} /> : null}
            {notice ? <Text wrap="truncate">{notice}</Text> : null}
            <ShellStatusBar db={db} status={status} now={now()} width={width} />
            <FooterHints scopes={footerScopes} width={width} />
          </Box>
        </JobsProvider>
      </ShellProvider>
    </ServicesProvider>
  );
}
