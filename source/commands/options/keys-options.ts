import * as z from 'zod/mini';
import {flag} from './option-fields.js';

/** Options of `nls keys`. */
export const keysOptions = z.object({json: flag('machine-readable output')});

/** What `nls keys` receives. */
export type KeysOptions = z.output<typeof keysOptions>;
