// Notion payloads reach the readers as untyped JSON (from the API or from a JSONB staging
// column), so every access goes through these guards instead of trusting a declared type.

/** A plain JSON object (not null, not an array). */
export type JsonRecord = Record<string, unknown>;

/** True for a non-null, non-array object. */
export function isRecord(value: unknown): value is JsonRecord {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own property of an object, or undefined (never walks the prototype chain). */
export function own(value: unknown, key: string): unknown {
  if (!isRecord(value) || !Object.hasOwn(value, key)) return undefined;
  return value[key];
}

/** An own string property, or null. */
export function ownString(value: unknown, key: string): string | null {
  const found = own(value, key);
  return typeof found === 'string' ? found : null;
}

/** The `type` tag of a Notion value object, or null when it has none. */
export function typeTag(value: unknown): string | null {
  return ownString(value, 'type');
}
