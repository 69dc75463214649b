/** Escapes a value for a quoted Anki search term (`*` and `_` are wildcards there). */
export function escapeSearchValue(value: string): string {
  return value.replace(/[\\"*_]/g, (ch) => `\\${ch}`);
}

/** An exact-match field search term, e.g. `"CardID:NET-M1-001"`. */
export function fieldSearch(field: string, value: string): string {
  return `"${escapeSearchValue(field)}:${escapeSearchValue(value)}"`;
}

/** A query matching any of the given CardID values (for one `findNotes` per chunk). */
export function anyFieldSearch(field: string, values: readonly string[]): string {
  return values.map((value) => fieldSearch(field, value)).join(' OR ');
}
