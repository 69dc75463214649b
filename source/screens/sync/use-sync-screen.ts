import {useEffect, useRef, useState} from 'react';
import {recentSyncRuns, type SyncLogRow} from '../../db/sync-log.js';
import {UserError} from '../../errors.js';
import {defaultKeymap, SCOPE_STACKS} from '../../keymap/keymap.js';
import {useKeymap} from '../../keymap/use-keymap.js';
import {useServices} from '../app/services-context.js';
import {
  type ScreenBindings,
  type ShellApi,
  useScreenBindings,
  useShell,
} from '../app/shell-context.js';
import {type DbLoad, useDbLoad} from '../app/use-db-load.js';
import {applyProgress, completeJob, isLive, type JobState} from './job-progress.js';
import {useJobRunners} from './jobs-context.js';
import {isJobId, JOBS, type JobId} from './sync-jobs.js';
import {syncKeyHandlers} from './sync-key-handlers.js';
import {syncLayout} from './sync-layout.js';
import {useRunSelection} from './use-run-selection.js';

const bindings: ScreenBindings = {scopes: SCOPE_STACKS.sync};

const cliCommand: Record<JobId, string> = {
  'notion-incremental': 'nls sync notion',
  'notion-full': 'nls sync notion --full',
  clean: 'nls clean',
  'anki-push': 'nls sync anki push',
  'anki-pull': 'nls sync anki pull',
};

/** What the Sync screen draws. */
export interface SyncScreenState {
  history: DbLoad<SyncLogRow[]>;
  selected: number;
  job: JobState | null;
  isReady: boolean;
}

/**
 * Sync screen state: the run history, the selection, and starting and cancelling jobs. `height`
 * is the screen's, so paging moves by the rows the list shows.
 */
export function useSyncScreen(isActive: boolean, height: number): SyncScreenState {
  const {db, config, now} = useServices();
  const shell = useShell();
  const runners = useJobRunners();
  const [version, setVersion] = useState(0);
  const [job, setJob] = useState<JobState | null>(null);
  const controller = useRef<AbortController | null>(null);
  const history = useDbLoad((database) => recentSyncRuns(database.sql, 200), version);
  const count = history.data?.length ?? 0;
  const selection = useRunSelection(history.data);
  const {move} = selection;
  const pageSize = syncLayout(height, job !== null).listHeight;

  const start = (id: JobId) => {
    const info = JOBS.find((entry) => entry.id === id)!;
    const runner = runners[id];
    if (!db) return shell.reportError(new UserError('The database is still opening.'));
    if (isLive(job)) return shell.notify(`${job?.title} is still running.`);
    if (!runner) return shell.reportError(unavailableError(id, info.title));
    const abort = new AbortController();
    controller.current = abort;
    selection.followNewest();
    setJob(runningJob(id, info.title));
    const onProgress = (event: Parameters<typeof applyProgress>[1]) =>
      setJob((current) => (current ? applyProgress(current, event) : current));
    runner({db, config, now, onProgress, signal: abort.signal})
      .then(
        (text) => {
          setJob((current) => current && completeJob(current, text));
          shell.notify(text.lines[0] ?? `${info.title} finished.`);
        },
        (error: unknown) => {
          const cancelled = abort.signal.aborted;
          setJob((current) => current && {...current, status: cancelled ? 'cancelled' : 'failed'});
          if (!cancelled) shell.reportError(error);
        },
      )
      .finally(() => {
        controller.current = null;
        setVersion((value) => value + 1);
        shell.refreshStatus();
      });
  };

  const ask = (id: JobId) => confirmIfDangerous(shell, id, start);

  useStartJobRequest(shell, isActive, ask);

  const cancel = () => {
    if (!controller.current) return shell.notify('No job is running.');
    controller.current.abort();
    setJob((current) => current && {...current, status: 'cancelling'});
  };
  const selected = selection.current;
  useKeymap(syncKeyHandlers({ask, cancel, selected, move, count, pageSize}), {
    scopes: SCOPE_STACKS.sync,
    isActive,
  });
  useScreenBindings('sync', bindings, isActive);
  return {
    history,
    selected: Math.min(selection.current(), Math.max(0, count - 1)),
    job,
    isReady: db !== null,
  };
}

// Jobs the app was built without (no runner) are still there on the command line.
function unavailableError(id: JobId, title: string) {
  return new UserError(`Starting ${title} from the app is not available in this build.`, {
    hint: `Run ${cliCommand[id]} in a shell.`,
  });
}

// A job chosen in the command palette.
function useStartJobRequest(shell: ShellApi, isActive: boolean, ask: (id: JobId) => void) {
  const {request} = shell;
  useEffect(() => {
    if (request?.kind !== 'start-job' || !isActive) return;
    shell.consumeRequest(request.seq);
    if (isJobId(request.jobId)) ask(request.jobId);
  });
}

// A job just started: nothing done yet.
function runningJob(id: JobId, title: string): JobState {
  return {
    id,
    title,
    status: 'running',
    phase: 'starting',
    done: 0,
    messages: [],
    startedAt: Date.now(),
  };
}

// Whether a job is dangerous and what it does are the catalogue's; a remap changes only keys.
function confirmIfDangerous(shell: ShellApi, id: JobId, start: (id: JobId) => void) {
  const info = JOBS.find((entry) => entry.id === id)!;
  const action = defaultKeymap[info.action];
  if (!action.dangerous) return start(id);
  shell.confirm({
    title: `Start ${info.title}?`,
    message: action.description,
    onConfirm: () => start(id),
  });
}
