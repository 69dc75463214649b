import type {ActionSpec} from './action-spec.js';

/** Bindings of cram mode (a quiz that saves nothing). */
export const cramActions = {
  'cram.reveal': {
    scope: 'cram',
    keys: ['space'],
    label: 'show answer',
    description: 'Show the answer',
  },
  'cram.knew': {scope: 'cram', keys: ['y'], label: 'knew it', description: 'I knew it: next'},
  'cram.missed': {scope: 'cram', keys: ['n'], label: 'missed', description: 'I missed it: next'},
  'cram.leave': {scope: 'cram', keys: ['x'], label: 'leave', description: 'Leave cram mode'},
} as const satisfies Record<string, ActionSpec>;
