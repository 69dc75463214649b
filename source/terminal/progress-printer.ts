import type {ProgressEvent, ProgressListener} from '../progress/progress-events.js';
import {sanitizeTerminalText} from '../text/sanitize-terminal.js';

/** Formats a duration in seconds as "1m 05s" or "12s". */
export function formatSeconds(seconds: number): string {
  if (!Number.isFinite(seconds) || seconds < 0) return '?';
  const s = Math.round(seconds);
  return s >= 60 ? `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s` : `${s}s`;
}

/** One progress line: phase, bar, counts, rate and ETA. */
export function formatProgressLine(
  phase: string,
  done: number,
  total: number | undefined,
  elapsedMs: number,
  width = 24,
): string {
  const rate = elapsedMs > 0 ? (done / elapsedMs) * 1000 : 0;
  const rateText = `${rate >= 10 ? Math.round(rate) : rate.toFixed(1)}/s`;
  if (!total) return `${phase} ${done} (${rateText})`;
  const share = Math.min(1, done / total);
  const filled = Math.round(share * width);
  const eta = rate > 0 ? formatSeconds((total - done) / rate) : '?';
  return `${phase} [${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${done}/${total} ${Math.round(share * 100)}% ${rateText} ETA ${eta}`;
}

/**
 * Prints progress: on a terminal one line redrawn in place (at most 10 times a second); otherwise
 * plain lines, one per phase and one every 10 % so logs stay short.
 */
export function createProgressPrinter(
  stream: NodeJS.WriteStream = process.stderr,
  now: () => number = Date.now,
): ProgressListener & {finish(): void} {
  const isTty = Boolean(stream.isTTY);
  let phaseStart = now();
  let lastDraw = 0;
  let lastDecile = -1;
  let drawn = false;
  const clear = () => {
    if (isTty && drawn) stream.write('\r\u001B[2K');
    drawn = false;
  };
  const listener = (event: ProgressEvent) => {
    if (event.type === 'message') {
      clear();
      stream.write(`${event.level === 'warn' ? '! ' : ''}${sanitizeTerminalText(event.text)}\n`);
      return;
    }
    if (event.type === 'phase') {
      clear();
      phaseStart = now();
      lastDecile = -1;
      const label = sanitizeTerminalText(event.phase);
      if (!isTty) {
        stream.write(`${label}${event.total ? ` (${event.total})` : ''}\n`);
        return;
      }
      // Shown at once: some phases (finding duplicates) report no steps, and a blank line for
      // seconds looks like a hang.
      stream.write(`${label}…`);
      drawn = true;
      return;
    }
    const elapsed = now() - phaseStart;
    const line = formatProgressLine(
      sanitizeTerminalText(event.phase),
      event.done,
      event.total,
      elapsed,
    );
    if (isTty) {
      if (now() - lastDraw < 100 && event.done !== event.total) return;
      lastDraw = now();
      stream.write(`\r\u001B[2K${line}`);
      drawn = true;
    } else if (event.total) {
      const decile = Math.floor((event.done / event.total) * 10);
      if (decile > lastDecile) {
        lastDecile = decile;
        stream.write(`${line}\n`);
      }
    }
  };
  return Object.assign(listener, {finish: clear});
}
