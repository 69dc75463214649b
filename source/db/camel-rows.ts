import type postgres from 'postgres';

// Rows leave source/db in camelCase. We map at this boundary, query by query, rather than set
// postgres.js `transform: postgres.camel` on the connection: a global transform would also rename
// the columns of every `sql(object)` insert helper, every test's raw query and the keys of rows
// that restore undo images, so one flag would silently change SQL all over the code and tests.
// Mapping here changes only what callers see, and only top-level column names: jsonb values
// (quiz content, Notion properties, sync details) keep the keys they were stored with.

/** A snake_case name in camelCase, at the type level (`front_plain` → `frontPlain`). */
export type CamelName<S extends string> = S extends `${infer Head}_${infer Tail}`
  ? `${Head}${Capitalize<CamelName<Tail>>}`
  : S;

/** A row type with every top-level key in camelCase. */
export type CamelRow<T> = {[K in keyof T as K extends string ? CamelName<K> : K]: T[K]};

/** A value postgres.js can send as json (its own `JSONValue`). */
export type JsonValue = postgres.JSONValue;

type JsonScalar = string | number | boolean | null | undefined | Date;

/**
 * `T` when it serialises to json field by field (interfaces included, which postgres.js's
 * `JSONValue` rejects for want of an index signature); `unknown` and functions do not.
 */
export type Jsonable<T> = T extends JsonScalar
  ? T
  : T extends (...args: never[]) => unknown
    ? never
    : T extends readonly (infer U)[]
      ? readonly Jsonable<U>[]
      : {[K in keyof T]: Jsonable<T[K]>};

const camelNames = new Map<string, string>();

/** `front_plain` → `frontPlain` (cached: a result set repeats the same few names). */
export function camelName(name: string): string {
  let camel = camelNames.get(name);
  if (camel === undefined) {
    camel = name.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
    camelNames.set(name, camel);
  }
  return camel;
}

/** `frontPlain` → `front_plain`. */
export function snakeName(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** One row with camelCase keys; the type says what the query selects. */
export function camelRow<T>(row: object): T {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(row)) out[camelName(key)] = value;
  return out as T;
}

/** Every row with camelCase keys; the type says what the query selects (as `sql<T[]>` did). */
export function camelRows<T>(rows: readonly object[]): T[] {
  return rows.map((row) => camelRow<T>(row));
}

/** A camelCase record as snake_case columns, for `jsonb_to_recordset` and `sql(object)`. */
export function snakeRecord<T extends object>(row: T & Jsonable<T>): {[key: string]: T[keyof T]} {
  const out: {[key: string]: T[keyof T]} = {};
  for (const key of Object.keys(row) as (keyof T & string)[]) out[snakeName(key)] = row[key];
  return out;
}

/** Rows as one jsonb parameter with snake_case columns (for `jsonb_to_recordset`). */
export function snakeRecords<T extends object>(rows: readonly (T & Jsonable<T>)[]): JsonValue {
  return rows.map((row) => snakeRecord<T>(row)) as JsonValue;
}

/** A value as a json parameter; the constraint has checked that it serialises. */
export function jsonValue<T>(value: T & Jsonable<T>): JsonValue {
  return value as JsonValue;
}

/**
 * JSON text of a value that came from JSON (an API response, a parsed column) and is passed on
 * untyped, for a `${…}::text::jsonb` parameter (a bare `::jsonb` would encode the text again); SQL null for null and undefined, like `sql.json`.
 */
export function jsonText(value: unknown): string | null {
  return value === null || value === undefined ? null : JSON.stringify(value);
}

/**
 * JSON text of camelCase records as snake_case columns, for rows that carry values which came
 * from JSON untyped (raw Notion properties, quiz content), for a `${…}::text::jsonb` parameter.
 */
export function snakeRecordsText(rows: readonly object[]): string {
  const columns = (row: object) =>
    Object.fromEntries(Object.entries(row).map(([key, value]) => [snakeName(key), value]));
  return JSON.stringify(rows.map(columns));
}
