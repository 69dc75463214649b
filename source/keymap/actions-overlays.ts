import type {ActionSpec} from './action-spec.js';

/** Bindings of the help overlay, the command palette and confirm dialogs. */
export const overlayActions = {
  'help.close': {
    scope: 'help',
    keys: ['escape'],
    label: 'close',
    description: 'Close help',
    shadows: ['global.back'],
  },
  'help.down': {scope: 'help', keys: ['down'], label: 'down', description: 'Scroll down'},
  'help.up': {scope: 'help', keys: ['up'], label: 'up', description: 'Scroll up'},

  'palette.run': {
    scope: 'palette',
    keys: ['return'],
    label: 'run',
    description: 'Run the command',
  },
  'palette.close': {
    scope: 'palette',
    keys: ['escape'],
    label: 'close',
    description: 'Close the palette',
    shadows: ['global.back'],
  },
  'palette.down': {
    scope: 'palette',
    keys: ['down', 'ctrl+n'],
    label: 'down',
    description: 'Next command',
  },
  'palette.up': {scope: 'palette', keys: ['up', 'ctrl+p'], label: 'up', description: 'Previous'},

  'confirm.yes': {scope: 'confirm', keys: ['y'], label: 'yes', description: 'Confirm'},
  'confirm.no': {
    scope: 'confirm',
    keys: ['n', 'escape'],
    label: 'no',
    description: 'Cancel',
    shadows: ['global.back'],
  },
} as const satisfies Record<string, ActionSpec>;
