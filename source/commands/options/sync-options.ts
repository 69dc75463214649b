import * as z from 'zod/mini';
import {flag} from './option-fields.js';

/** Options of `nls sync notion`. */
export const syncNotionOptions = z.object({
  full: flag('walk every row and sweep pages deleted in Notion'),
  dryRun: flag('fetch and report what would change; write nothing'),
  json: flag('machine-readable summary'),
});

/** Options of `nls sync anki push`. */
export const ankiPushOptions = z.object({
  dryRun: flag('print the plan (add / update / unchanged / suspend / delete) only'),
  deleteStale: flag('delete (not suspend) notes of removed atoms, after confirmation'),
  yes: flag('confirm --delete-stale without asking'),
  json: flag('machine-readable output'),
});

/** Options of `nls sync anki pull` and `nls sync all`. */
export const syncJsonOptions = z.object({json: flag('machine-readable output')});

/** What `nls sync notion` receives. */
export type SyncNotionOptions = z.output<typeof syncNotionOptions>;
/** What `nls sync anki push` receives. */
export type AnkiPushOptions = z.output<typeof ankiPushOptions>;
/** What `nls sync anki pull` and `nls sync all` receive. */
export type SyncJsonOptions = z.output<typeof syncJsonOptions>;
