import {createHash} from 'node:crypto';

/** JSON with object keys sorted at every level, so equal values always give equal text. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const key of Object.keys(record).sort()) out[key] = sortKeys(record[key]);
  return out;
}

/** MD5 (hex) of the canonical JSON of a value: the staging `sync_hash`. */
export function syncHash(value: unknown): string {
  return createHash('md5').update(canonicalJson(value)).digest('hex');
}

/**
 * A deep copy PostgreSQL can store: NUL characters (rejected by text and jsonb) are dropped and
 * lone surrogates replaced, everything else (escape sequences included) kept as authored.
 */
export function storableJson<T>(value: T): T {
  return clean(value) as T;
}

function clean(value: unknown): unknown {
  if (typeof value === 'string') return storableText(value);
  if (Array.isArray(value)) return value.map(clean);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) out[storableText(key)] = clean(item);
  return out;
}

// With the u flag a surrogate pair is one code point, so this matches only lone halves.
const loneSurrogate = /[\uD800-\uDFFF]/gu;

/** Text PostgreSQL accepts (no NUL, well-formed UTF-16). */
export function storableText(text: string): string {
  const withoutNul = text.includes('\u0000') ? text.replaceAll('\u0000', '') : text;
  return withoutNul.replace(loneSurrogate, '\uFFFD');
}
