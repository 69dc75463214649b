import type {NotionEntity} from '../config/config-schema.js';

/** Notion rounds edit times down to the minute; re-read this much before the checkpoint. */
export const checkpointOverlapMs = 2 * 60_000;

/** The per-entity checkpoints stored in a completed run's details (ignoring anything else). */
export function readCheckpoints(
  details: Record<string, unknown> | null | undefined,
): Partial<Record<NotionEntity, string>> {
  const raw = details?.checkpoints;
  if (typeof raw !== 'object' || raw === null) return {};
  const out: Partial<Record<NotionEntity, string>> = {};
  for (const [entity, value] of Object.entries(raw)) {
    if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) {
      out[entity as NotionEntity] = value;
    }
  }
  return out;
}

/** The on_or_after bound of an incremental query: the checkpoint minus the overlap. */
export function sinceFor(checkpoint: string): string {
  return new Date(Date.parse(checkpoint) - checkpointOverlapMs).toISOString();
}

/** The later of two ISO times (either may be missing). */
export function laterOf(a: string | null | undefined, b: string | null | undefined): string | null {
  if (!a) return b ?? null;
  if (!b) return a;
  return Date.parse(a) >= Date.parse(b) ? a : b;
}
