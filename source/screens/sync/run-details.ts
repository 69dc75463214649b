import type {SyncLogRow} from '../../db/sync-log.js';
import {countNoun} from '../../text/count-noun.js';
import {sanitizeTerminalText} from '../../text/sanitize-terminal.js';
import {formatElapsed} from '../app/format-age.js';

const pad = (value: number) => String(value).padStart(2, '0');

/** `YYYY-MM-DD HH:MM` in local time. */
export function formatStamp(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())} ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** How long a run took, or `running`. */
export function runDuration(run: SyncLogRow): string {
  if (!run.completedAt) return run.status === 'running' ? 'running' : '—';
  return formatElapsed(run.completedAt.getTime() - run.startedAt.getTime());
}

/** The counts of a run in one short cell: `120 read +3 ~5 -1`. */
export function runCounts(run: SyncLogRow): string {
  return `${run.itemsProcessed} read +${run.itemsAdded} ~${run.itemsUpdated} -${run.itemsRemoved}`;
}

// Durations and scores come as floats with noise (0.16190431700000044): three decimals say enough.
const scalar = (value: unknown): string =>
  typeof value === 'string'
    ? value
    : typeof value === 'number' && !Number.isInteger(value)
      ? String(Math.round(value * 1000) / 1000)
      : (JSON.stringify(value) ?? String(value));

function describeValue(value: unknown, indent: string, depth: number, out: string[], key: string) {
  if (value === null || typeof value !== 'object') {
    out.push(`${indent}${key}: ${scalar(value)}`);
    return;
  }
  if (Array.isArray(value)) {
    out.push(`${indent}${key}: ${countNoun(value.length, 'item')}`);
    for (const item of value.slice(0, 5)) out.push(`${indent}  - ${scalar(item).slice(0, 200)}`);
    if (value.length > 5) out.push(`${indent}  … ${value.length - 5} more`);
    return;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const isFlat = entries.every(([, inner]) => inner === null || typeof inner !== 'object');
  if (isFlat || depth >= 2) {
    out.push(
      `${indent}${key}: ${entries.map(([name, inner]) => `${name} ${scalar(inner)}`).join(', ')}`,
    );
    return;
  }
  out.push(`${indent}${key}:`);
  for (const [name, inner] of entries) describeValue(inner, `${indent}  `, depth + 1, out, name);
}

/**
 * The detail lines of a run: when, how long, counts, the error, then the `details` JSON
 * (per-entity counts, error lists) flattened to readable lines. Every line is sanitised.
 */
export function runDetailLines(run: SyncLogRow): string[] {
  const lines = [
    `${run.syncType} · ${run.status} · ${runDuration(run)}`,
    `started ${formatStamp(run.startedAt)}${run.completedAt ? ` · finished ${formatStamp(run.completedAt)}` : ''}`,
    `read ${run.itemsProcessed} · added ${run.itemsAdded} · updated ${run.itemsUpdated} · removed ${run.itemsRemoved}`,
  ];
  if (run.errorMessage) lines.push(`error: ${run.errorMessage}`);
  for (const [key, value] of Object.entries(run.details ?? {})) {
    describeValue(value, '', 0, lines, key);
  }
  return lines.map((line) => sanitizeTerminalText(line));
}
