import * as z from 'zod/mini';
import {flag} from './option-fields.js';

/** Options of `nls demo`. */
export const demoOptions = z.object({
  reset: flag('rebuild the demo database from scratch'),
  json: flag('print the summary as JSON'),
});

/** What `nls demo` receives. */
export type DemoOptions = z.output<typeof demoOptions>;
