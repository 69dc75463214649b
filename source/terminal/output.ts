import {sanitizeTerminalText, terminalSafeJson} from '../text/sanitize-terminal.js';

/** Where a command writes: plain lines for people, or one JSON document with `--json`. */
export interface Output {
  /** True when stdout is a terminal (progress bars, colours). */
  isTty: boolean;
  line(text?: string): void;
  warn(text: string): void;
  json(value: unknown): void;
}

/** Replaces every secret value in a string with a mask, whatever printed it. */
export function redact(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const secret of secrets) {
    if (secret.length >= 4) out = out.split(secret).join(`****${secret.slice(-4)}`);
  }
  return out;
}

const registeredSecrets: string[] = [];

/** Registers secrets so every later line of output is redacted. */
export function registerSecrets(secrets: readonly string[]): void {
  for (const secret of secrets)
    if (!registeredSecrets.includes(secret)) registeredSecrets.push(secret);
}

/** The secrets registered so far (for error printing). */
export function knownSecrets(): readonly string[] {
  return registeredSecrets;
}

/** Output on the process's stdout/stderr, sanitised and with secrets redacted. */
export function createProcessOutput(): Output {
  const clean = (text: string) =>
    redact(sanitizeTerminalText(text, {multiline: true}), registeredSecrets);
  return {
    isTty: Boolean(process.stdout.isTTY),
    line(text = '') {
      process.stdout.write(`${clean(text)}\n`);
    },
    warn(text) {
      process.stderr.write(`! ${clean(text)}\n`);
    },
    json(value) {
      process.stdout.write(`${redact(terminalSafeJson(value), registeredSecrets)}\n`);
    },
  };
}
