import {isUserError} from '../../errors.js';
import type {Scope} from '../../keymap/keymap.js';
import {SCREEN_IDS, type ScreenId} from './shell-context.js';
import type {Overlay} from './shell-reducer.js';

/** An error as the shell's error line shows it. */
export interface ShownError {
  message: string;
  hint?: string;
}

/** The error line for any thrown value: a UserError keeps its hint, a bug asks for a report. */
export function toShownError(error: unknown): ShownError {
  if (isUserError(error)) return {message: error.message, hint: error.hint};
  const message = error instanceof Error ? error.message : String(error);
  return {
    message,
    hint: 'This looks like a bug in nls; please report it with the steps to repeat it.',
  };
}

/** The screen `step` tabs away from `current`, wrapping around. */
export function cycleScreen(current: ScreenId, step: 1 | -1): ScreenId {
  const index = SCREEN_IDS.indexOf(current);
  const next = (index + step + SCREEN_IDS.length) % SCREEN_IDS.length;
  return SCREEN_IDS[next]!;
}

/** The screen history after visiting `next` (the last ten, no immediate repeats). */
export function pushHistory(history: readonly ScreenId[], next: ScreenId): ScreenId[] {
  if (history.at(-1) === next) return [...history];
  return [...history, next].slice(-10);
}

/** Rows left for the screen under the tab bar, above the messages, status bar and hints. */
export function shellBodyHeight(
  height: number,
  error: ShownError | null,
  notice: string | null,
): number {
  const messageLines = (error ? (error.hint ? 2 : 1) : 0) + (notice ? 1 : 0);
  return Math.max(3, height - 1 - 3 - messageLines);
}

/** The footer's scopes: the screen's own, or the overlay's while one is open. */
export function shellFooterScopes(
  overlay: Overlay | null,
  screenScopes: readonly Scope[],
): readonly Scope[] {
  if (overlay === null) return screenScopes;
  return overlay.kind === 'confirm' ? ['confirm'] : [overlay.kind];
}
