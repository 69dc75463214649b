import {Box, Text, useApp} from 'ink';
import {useCallback, useMemo, useReducer, useRef} from 'react';
import {ErrorLine} from '../../components/error-line.js';
import {FooterHints} from '../../components/footer-hints.js';
import type {Config} from '../../config/load-config.js';
import {findConceptNames} from '../../db/concept-rows.js';
import type {Database} from '../../db/connection.js';
import type {Scope} from '../../keymap/keymap.js';
import {useActiveKeymap, useKeymap} from '../../keymap/use-keymap.js';
import {JobsProvider} from '../sync/jobs-context.js';
import {JOBS, type JobRunners} from '../sync/sync-jobs.js';
import {type PaletteAction, paletteEntries} from './palette-commands.js';
import {SCREENS, screenEntry, screenKey} from './screen-list.js';
import {ServicesProvider} from './services-context.js';
import {ShellStatusBar, TabBar} from './shell-bars.js';
import {ShellBody} from './shell-body.js';
import {type ScreenBindings, type ScreenId, ShellProvider} from './shell-context.js';
import {paletteShellAction, shellKeyHandlers} from './shell-key-handlers.js';
import {type ConceptName, initialShellState, shellReducer} from './shell-reducer.js';
import {shellBodyHeight, shellFooterScopes, toShownError} from './shell-state.js';
import {useOpenDatabase} from './use-open-database.js';
import {useRunsVersion} from './use-runs-version.js';
import {useShellApi} from './use-shell-api.js';
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

const systemNow = () => new Date();

/** The app shell: tabs, status bar, the active screen, overlays, error line and key hints. */
export function App(props: AppProps) {
  const {exit} = useApp();
  const terminal = useTerminalSize();
  const width = props.width ?? terminal.columns;
  const height = props.height ?? terminal.rows;
  const [state, dispatch] = useReducer(
    shellReducer,
    props.initialScreen ?? 'dashboard',
    initialShellState,
  );
  const showError = useCallback(
    (failure: unknown) => dispatch({type: 'show-error', error: toShownError(failure)}),
    [],
  );
  const showNotice = useCallback((text: string) => dispatch({type: 'show-notice', text}), []);
  const db = useOpenDatabase(props.database ?? null, props.openDatabase, showError, showNotice);
  // The latest bindings each screen reported; a change of scopes bumps `bindingsVersion`.
  const bindings = useRef(new Map<ScreenId, ScreenBindings>());
  const shell = useShellApi(dispatch, state.request, bindings);
  const dataVersion = useRunsVersion(db);
  const status = useStatusSummary(db, state.statusVersion + dataVersion);
  const now = props.now ?? systemNow;
  const {jobs} = props;
  const {screen, overlay, error, notice} = state;

  const active = bindings.current.get(screen);
  const scopes: readonly Scope[] = active?.scopes ?? screenEntry(screen).scopes;
  const openPalette = () => {
    dispatch({type: 'open-overlay', overlay: {kind: 'palette'}});
    if (!db) return;
    const loaded = (concepts: readonly ConceptName[]) =>
      dispatch({type: 'concepts-loaded', concepts});
    findConceptNames(db.sql).then(loaded, () => loaded([]));
  };
  const handlers = shellKeyHandlers({state, dispatch, active, quit: exit, openPalette});
  useKeymap(handlers, {scopes, isActive: overlay === null && active?.isModal !== true});
  const runPalette = (action: PaletteAction) => {
    dispatch({type: 'close-overlay'});
    const next = paletteShellAction(action);
    if (next === 'quit') exit();
    else dispatch(next);
  };
  const entries = usePaletteEntries(jobs, state.concepts);

  const bodyHeight = shellBodyHeight(height, error, notice);
  const footerScopes = shellFooterScopes(overlay, active?.footerScopes ?? scopes);

  return (
    <ServicesProvider
      value={{config: props.config, db, now, random: props.random ?? Math.random, dataVersion}}
    >
      <ShellProvider value={shell}>
        <JobsProvider value={jobs ?? {}}>
          <Box flexDirection="column" width={width} height={height - 1}>
            <TabBar active={screen} width={width} />
            <ShellBody
              screen={screen}
              visited={state.visited}
              overlay={overlay}
              scopes={scopes}
              paletteEntries={entries}
              width={width}
              height={bodyHeight}
              onRunPalette={runPalette}
              onCloseOverlay={() => dispatch({type: 'close-overlay'})}
            />
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

// The palette lists every screen, the jobs this app can run, and the concepts by name, with the
// keys in force.
function usePaletteEntries(jobs: JobRunners | undefined, concepts: readonly ConceptName[]) {
  const keymap = useActiveKeymap();
  return useMemo(
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
}
