import * as z from 'zod/mini';
import {flag} from './option-fields.js';

const json = flag('machine-readable output');

/** Options of `nls db migrate`. */
export const dbMigrateOptions = z.object({json});

/** Options of `nls db status`. */
export const dbStatusOptions = z.object({json});

/** The layers `nls db backup --only` takes. */
export const backupLayers = ['staging', 'canonical'] as const;

/** Options of `nls db backup`. */
export const dbBackupOptions = z.object({
  only: z
    .optional(z.enum(backupLayers))
    .check(z.describe('only the staging or the canonical tables'), z.meta({placeholder: 'layer'})),
  json,
});

/** Options of `nls db restore`. */
export const dbRestoreOptions = z.object({
  yes: flag('do not ask for confirmation').check(z.meta({short: 'y'})),
  json,
});

/** What `nls db migrate` and `nls db status` receive. */
export type DbJsonOptions = z.output<typeof dbStatusOptions>;
/** What `nls db backup` receives. */
export type DbBackupOptions = z.output<typeof dbBackupOptions>;
/** What `nls db restore` receives. */
export type DbRestoreOptions = z.output<typeof dbRestoreOptions>;
