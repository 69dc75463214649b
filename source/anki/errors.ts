import {UserError} from '../errors.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';

/** The fix shown whenever AnkiConnect cannot be reached. */
export const UNREACHABLE_HINT = 'Start Anki with the AnkiConnect add-on, or set ANKI_CONNECT_URL.';

/** Fixes for the envelope errors a user can act on, keyed by AnkiConnect's own wording. */
const knownHints: ReadonlyArray<readonly [RegExp, string]> = [
  [
    /valid api key must be provided/i,
    "Set ANKI_CONNECT_KEY to the apiKey in AnkiConnect's configuration (Tools > Add-ons > AnkiConnect > Config).",
  ],
  [
    /collection is not available/i,
    'Open your profile in Anki and close any open dialog, then retry.',
  ],
  [/unsupported action/i, 'Update the AnkiConnect add-on to its latest version.'],
];

/** AnkiConnect answered with an `error` string; carries the action that failed. */
export class AnkiConnectError extends UserError {
  /** The AnkiConnect action (for `multi`, the sub-action) that failed. */
  readonly action: string;
  /** AnkiConnect's error text, unchanged (draw it through sanitizeTerminalText). */
  readonly ankiMessage: string;

  constructor(action: string, ankiMessage: string) {
    const hint = knownHints.find(([pattern]) => pattern.test(ankiMessage))?.[1];
    super(
      `AnkiConnect ${action} failed: ${sanitizeTerminalText(ankiMessage)}`,
      hint === undefined ? {} : {hint},
    );
    this.name = 'AnkiConnectError';
    this.action = action;
    this.ankiMessage = ankiMessage;
  }
}

/** A URL with any user/password part removed, safe to show in a message. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    parsed.search = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return '(invalid URL)';
  }
}

/** The error for a connection that was refused, reset or timed out. */
export function unreachableError(url: string, cause: unknown): UserError {
  return new UserError(`AnkiConnect is not reachable at ${displayUrl(url)}.`, {
    hint: UNREACHABLE_HINT,
    cause,
  });
}

/** The error for a server that answered, but not with an AnkiConnect v6 envelope. */
export function protocolError(url: string, detail: string): UserError {
  return new UserError(`${displayUrl(url)} did not answer like AnkiConnect (${detail}).`, {
    hint: 'Check that ANKI_CONNECT_URL points to AnkiConnect (default http://127.0.0.1:8765).',
  });
}
