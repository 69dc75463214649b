import type {KeymapHandlers} from '../../keymap/use-keymap.js';
import type {JobId} from './sync-jobs.js';

/** What the Sync screen's key handlers act through. */
export interface SyncKeyDeps {
  /** Starts a job (after a confirmation when it is dangerous). */
  ask: (id: JobId) => void;
  cancel: () => void;
  /** The selected run's index now: keys can arrive faster than renders. */
  selected: () => number;
  move: (to: number) => void;
  /** Runs in the history. */
  count: number;
  pageSize: number;
}

/** Maps the Sync screen's keymap actions to starting, cancelling and moving through runs. */
export function syncKeyHandlers(deps: SyncKeyDeps): KeymapHandlers {
  const {ask, move, selected} = deps;
  return {
    'sync.notion-incremental': () => ask('notion-incremental'),
    'sync.notion-full': () => ask('notion-full'),
    'sync.clean': () => ask('clean'),
    'sync.anki-push': () => ask('anki-push'),
    'sync.anki-pull': () => ask('anki-pull'),
    'sync.cancel': deps.cancel,
    'list.down': () => move(selected() + 1),
    'list.up': () => move(selected() - 1),
    'list.top': () => move(0),
    'list.bottom': () => move(deps.count - 1),
    'list.page-down': () => move(selected() + deps.pageSize),
    'list.page-up': () => move(selected() - deps.pageSize),
  };
}
