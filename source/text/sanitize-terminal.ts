// Text from Notion, Gemini or Anki is untrusted: a card must not be able to move the cursor,
// set the window title or write the clipboard. We drop every C0/C1 control character and every
// escape sequence (CSI, OSC, DCS, ...) so the text renders inert; tabs become spaces and, unless
// multi-line text is allowed, newlines become spaces too.

// CSI: ESC [ params final; also the 8-bit CSI (0x9b).
const csi = /(?:\u001B\[|\u009B)[0-?]*[ -/]*[@-~]/g;
// OSC / DCS / SOS / PM / APC strings, terminated by BEL or ST (ESC \ or 0x9c), or unterminated.
const stringSequence =
  /(?:\u001B[\]PX^_]|[\u0090\u0098\u009D-\u009F])[\s\S]*?(?:\u0007|\u001B\\|\u009C|$)/g;
// Any other two-byte escape (ESC followed by one char).
const shortEscape = /\u001B[\s\S]?/g;
const controlExceptNewline = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
const bidiOverrides = /[\u202A-\u202E\u2066-\u2069]/g;

/** Options for {@link sanitizeTerminalText}. */
export interface SanitizeOptions {
  /** Keep line breaks (for multi-line views such as a card back); default false. */
  multiline?: boolean;
}

/** Returns text that is safe to draw in a terminal: no escape sequences or control characters. */
export function sanitizeTerminalText(text: unknown, options: SanitizeOptions = {}): string {
  if (text === null || text === undefined) return '';
  let out = String(text)
    .replace(/\r\n?/g, '\n')
    .replace(stringSequence, '')
    .replace(csi, '')
    .replace(shortEscape, '')
    .replace(/\t/g, '  ')
    .replace(controlExceptNewline, '')
    .replace(bidiOverrides, '');
  if (!options.multiline) out = out.replace(/\n+/g, ' ');
  return out;
}

// JSON.stringify escapes C0 controls but leaves DEL, the C1 controls (0x9b is a CSI on its own)
// and bidi overrides raw; inside a JSON string a \u escape keeps the value and draws inert.
const jsonUnsafe = /[\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g;

/** JSON text that is safe to print to a terminal and parses to exactly `value`. */
export function terminalSafeJson(value: unknown, space = 2): string {
  return JSON.stringify(value, null, space).replace(
    jsonUnsafe,
    (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
