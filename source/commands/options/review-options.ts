import * as z from 'zod/mini';
import {flag, wholeNumber} from './option-fields.js';

/** The statuses `nls review list --status` takes (`all` lists every status). */
export const reviewStatuses = ['pending', 'approved', 'rejected', 'edited', 'all'] as const;

const json = flag('machine-readable output');

/** Options of `nls review list`. */
export const reviewListOptions = z.object({
  status: z._default(z.enum(reviewStatuses), 'pending').check(z.describe('which items to list')),
  source: z
    .optional(z.string())
    .check(z.describe('only items from this source (gemini, duplicate_merge)')),
  batch: z.optional(z.string()).check(z.describe('only items of this batch id')),
  limit: z
    ._default(wholeNumber({min: 1}), 1000)
    .check(z.describe('most items to list'), z.meta({placeholder: 'n'})),
  json,
});

/** Options of `nls review approve`. */
export const reviewApproveOptions = z.object({json});

/** Options of `nls review reject`. */
export const reviewRejectOptions = z.object({
  reason: z
    .optional(z.string())
    .check(z.describe('why (kept as the reviewer note)'), z.meta({placeholder: 'text'})),
  json,
});

/** What `nls review list` receives. */
export type ReviewListOptions = z.output<typeof reviewListOptions>;
/** What `nls review approve` receives. */
export type ReviewApproveOptions = z.output<typeof reviewApproveOptions>;
/** What `nls review reject` receives. */
export type ReviewRejectOptions = z.output<typeof reviewRejectOptions>;
