import {isUserError} from '../../errors.js';
import {SCREEN_IDS, type ScreenId} from './shell-context.js';

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
