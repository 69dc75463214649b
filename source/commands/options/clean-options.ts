import * as z from 'zod/mini';
import {flag, wholeNumber} from './option-fields.js';

/** Options of `nls clean` (and of `nls clean --leeches`, which it hands on). */
export const cleanOptions = z.object({
  rewrite: flag('queue Gemini rewrites of verbose, needs-split and D/F cards for review'),
  limit: z
    ._default(wholeNumber({min: 1}), 50)
    .check(z.describe('most cards to send to Gemini in one run'), z.meta({placeholder: 'n'})),
  dryRun: flag('show what would change without writing anything'),
  leeches: flag('list the cards you keep forgetting (with --rewrite: queue easier versions)'),
  lapses: z
    .optional(wholeNumber({min: 1, example: 8}))
    .check(z.describe('lapses that make a leech (Anki: 8)'), z.meta({placeholder: 'n'})),
  json: flag('print the summary as JSON'),
});

/** What `nls clean` receives. */
export type CleanOptions = z.output<typeof cleanOptions>;
