/** Escapes a value for a quoted Anki search term (`*` and `_` are wildcards there). */
export function escapeSearchValue(value: string): string {
  return value.replace(/[\\"*_]/g, (ch) => `\\${ch}`);
}

/** An exact-match field search term, e.g. `"CardID:NET-M1-001"`. */
export function fieldSearch(field: string, value: string): string {
  return `"${escapeSearchValue(field)}:${escapeSearchValue(value)}"`;
}
