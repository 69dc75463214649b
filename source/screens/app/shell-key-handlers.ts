import type {Dispatch} from 'react';
import type {KeymapHandlers} from '../../keymap/use-keymap.js';
import type {PaletteAction} from './palette-commands.js';
import type {ScreenBindings, ScreenId} from './shell-context.js';
import type {ShellAction, ShellState} from './shell-reducer.js';
import {cycleScreen} from './shell-state.js';

/** What the shell's key handlers act through. */
export interface ShellKeyDeps {
  state: ShellState;
  dispatch: Dispatch<ShellAction>;
  /** What the active screen reported (its `esc` and `z` handlers). */
  active: ScreenBindings | undefined;
  quit: () => void;
  openPalette: () => void;
}

/** Maps the shell's global keymap actions to shell actions. */
export function shellKeyHandlers(deps: ShellKeyDeps): KeymapHandlers {
  const {state, dispatch, active} = deps;
  const goTo = (screen: ScreenId) => () => dispatch({type: 'go-to', screen});
  return {
    'global.quit': deps.quit,
    'global.help': () => dispatch({type: 'open-overlay', overlay: {kind: 'help'}}),
    'global.palette': deps.openPalette,
    // esc first dismisses a message, then lets the screen close what it has open, then goes back.
    'global.back': () => {
      if (state.error || state.notice) return dispatch({type: 'clear-messages'});
      if (active?.onBack?.()) return;
      dispatch({type: 'go-back'});
    },
    'global.undo': () => {
      if (active?.onUndo) active.onUndo();
      else dispatch({type: 'show-notice', text: 'Nothing to undo on this screen.'});
    },
    'global.screen-dashboard': goTo('dashboard'),
    'global.screen-sync': goTo('sync'),
    'global.screen-concepts': goTo('concepts'),
    'global.screen-review': goTo('review'),
    'global.screen-quiz': goTo('quiz'),
    'global.screen-plan': goTo('plan'),
    'global.next-screen': goTo(cycleScreen(state.screen, 1)),
    'global.prev-screen': goTo(cycleScreen(state.screen, -1)),
  };
}

/** The shell action a palette entry stands for; `quit` leaves the app instead. */
export function paletteShellAction(action: PaletteAction): ShellAction | 'quit' {
  switch (action.kind) {
    case 'screen':
      return {type: 'go-to', screen: action.screen};
    case 'help':
      return {type: 'open-overlay', overlay: {kind: 'help'}};
    case 'quit':
      return 'quit';
    case 'job':
      return {
        type: 'send-request',
        screen: 'sync',
        request: {kind: 'start-job', jobId: action.jobId},
      };
    case 'concept':
      return {
        type: 'send-request',
        screen: 'concepts',
        request: {kind: 'open-concept', conceptId: action.conceptId},
      };
  }
}
