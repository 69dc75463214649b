import type {ActionSpec} from './action-spec.js';
import {cramActions} from './actions-cram.js';
import {navigationActions} from './actions-navigation.js';
import {overlayActions} from './actions-overlays.js';
import {quizActions} from './actions-quiz.js';
import {screenActions} from './actions-screens.js';

export type {ActionSpec} from './action-spec.js';

/** The keybinding catalogue, the single source for handlers, hints, help and the README. */
export const ACTIONS = {
  ...navigationActions,
  ...screenActions,
  ...quizActions,
  ...cramActions,
  ...overlayActions,
};

/** An action id, `'scope.verb'`. */
export type ActionId = keyof typeof ACTIONS;

/**
 * The bindings in force: every action of the catalogue with its keys, the defaults or the
 * learner's remap (`keys` in nls.config.json). Handlers, hints, help and `nls keys` read one.
 */
export type Keymap = Readonly<Record<ActionId, ActionSpec>>;

/** The catalogue's own bindings (what the README documents and tests press). */
export const defaultKeymap: Keymap = ACTIONS;

/** Every action id in catalogue order. */
export const ACTION_IDS = Object.keys(ACTIONS) as ActionId[];
