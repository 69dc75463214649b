import * as z from 'zod/mini';
import {flag} from './option-fields.js';

/** Options of `nls doctor`. */
export const doctorOptions = z.object({
  json: flag('machine-readable output'),
  offline: flag('skip network checks').check(z.meta({hidden: true})),
});

/** What `nls doctor` receives. */
export type DoctorOptions = z.output<typeof doctorOptions>;
