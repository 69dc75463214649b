import type {ReviewStatus} from '../../review/review-types.js';
import type {QueueFilter} from './review-state.js';

const statuses: readonly (ReviewStatus | 'all')[] = [
  'pending',
  'approved',
  'rejected',
  'edited',
  'all',
];

/** The filter as the `/` input shows it: `source:gemini status:pending batch:b-1`. */
export function formatQueueFilter(filter: QueueFilter): string {
  const parts = [`status:${filter.status}`];
  if (filter.source) parts.unshift(`source:${filter.source}`);
  if (filter.batchId) parts.push(`batch:${filter.batchId}`);
  return parts.join(' ');
}

/**
 * Reads a typed filter. Words are `source:X`, `status:X` and `batch:X`; a bare word is a source;
 * `source:all` / `batch:all` clear that part. Returns an error message for anything else.
 */
export function parseQueueFilter(text: string): QueueFilter | {error: string} {
  const filter: QueueFilter = {source: null, status: 'pending', batchId: null};
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const [name, ...rest] = word.includes(':') ? word.split(':') : ['source', word];
    const value = rest.join(':');
    if (value === '') return {error: `"${word}" has no value (e.g. status:all)`};
    if (name === 'source') filter.source = value === 'all' ? null : value;
    else if (name === 'batch') filter.batchId = value === 'all' ? null : value;
    else if (name === 'status') {
      const status = statuses.find((known) => known === value);
      if (!status) return {error: `unknown status "${value}" (use ${statuses.join(', ')})`};
      filter.status = status;
    } else return {error: `unknown filter "${name}" (use source:, status: or batch:)`};
  }
  return filter;
}

/** The filter in the header: `all sources · pending`. */
export function describeQueueFilter(filter: QueueFilter): string {
  const parts = [filter.source ?? 'all sources', filter.status];
  if (filter.batchId) parts.push(`batch ${filter.batchId}`);
  return parts.join(' · ');
}
