import * as z from 'zod/mini';
import {flag} from './option-fields.js';

/** Options of `nls fsrs optimize`. */
export const fsrsOptimizeOptions = z.object({
  preset: z
    .optional(z.string())
    .check(z.describe('only this preset'), z.meta({placeholder: 'name'})),
  apply: flag('write parameters that predict better to the preset, after confirmation'),
  yes: flag('confirm --apply without asking'),
  json: flag('machine-readable output'),
});

/** What `nls fsrs optimize` receives. */
export type FsrsOptimizeOptions = z.output<typeof fsrsOptimizeOptions>;
