// Builders for property values in the exact shape the Notion API returns them (without the
// per-property `id`, which the fake server adds from the schema when it renders a page).

/** Every property type the Notion API documents. */
export const notionPropertyTypes = [
  'title',
  'rich_text',
  'number',
  'select',
  'multi_select',
  'status',
  'date',
  'people',
  'files',
  'checkbox',
  'url',
  'email',
  'phone_number',
  'formula',
  'relation',
  'rollup',
  'created_time',
  'created_by',
  'last_edited_time',
  'last_edited_by',
  'unique_id',
  'verification',
  'button',
  'place',
] as const;

/** A stored property value: `{type, [type]: payload}`. */
export type StoredValue = {type: string} & Record<string, unknown>;

const plainAnnotations = {
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
} as const;

/** Notion caps one rich-text segment at 2000 characters; longer text spans several segments. */
export const maxSegmentLength = 2000;

/** A rich-text array for `content`, split into segments of at most 2000 characters. */
export function richTextItems(content: string, options: {bold?: boolean} = {}): unknown[] {
  const annotations = options.bold ? {...plainAnnotations, bold: true} : plainAnnotations;
  const item = (piece: string) => ({
    type: 'text',
    text: {content: piece, link: null},
    annotations,
    plain_text: piece,
    href: null,
  });
  // Most text is short; only long text pays for splitting on code points.
  if (content.length <= maxSegmentLength) return content === '' ? [] : [item(content)];
  const chars = Array.from(content);
  const items: unknown[] = [];
  for (let start = 0; start < chars.length; start += maxSegmentLength) {
    items.push(item(chars.slice(start, start + maxSegmentLength).join('')));
  }
  return items;
}

/** A title value. */
export const title = (text: string): StoredValue => ({type: 'title', title: richTextItems(text)});
/** A rich_text value. */
export const richText = (text: string): StoredValue => ({
  type: 'rich_text',
  rich_text: richTextItems(text),
});
/** A number value (null = empty cell). */
export const numberValue = (value: number | null): StoredValue => ({type: 'number', number: value});

/** A stable option id for an option name (Notion ids are short opaque strings). */
export function optionId(name: string): string {
  let hash = 7;
  for (const ch of name) hash = (hash * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return hash.toString(36).slice(0, 4).padEnd(4, 'x');
}

const option = (name: string, color = 'default') => ({id: optionId(name), name, color});

/** A select value (null = unset). */
export const select = (name: string | null, color = 'default'): StoredValue => ({
  type: 'select',
  select: name === null ? null : option(name, color),
});
/** A status value. */
export const status = (name: string | null, color = 'default'): StoredValue => ({
  type: 'status',
  status: name === null ? null : option(name, color),
});
/** A multi_select value. */
export const multiSelect = (names: string[]): StoredValue => ({
  type: 'multi_select',
  multi_select: names.map((name) => option(name)),
});
/** A date value. */
export const date = (start: string | null, end: string | null = null): StoredValue => ({
  type: 'date',
  date: start === null ? null : {start, end, time_zone: null},
});
/** A checkbox value. */
export const checkbox = (value: boolean): StoredValue => ({type: 'checkbox', checkbox: value});
/** A url value. */
export const url = (value: string | null): StoredValue => ({type: 'url', url: value});
/** An email value. */
export const email = (value: string | null): StoredValue => ({type: 'email', email: value});
/** A phone_number value. */
export const phone = (value: string | null): StoredValue => ({
  type: 'phone_number',
  phone_number: value,
});
/** A relation value with every related page id (the server truncates it to 25 on output). */
export const relation = (ids: string[]): StoredValue => ({
  type: 'relation',
  relation: ids.map((id) => ({id})),
});
/** A people value. */
export const people = (users: {id: string; name: string}[]): StoredValue => ({
  type: 'people',
  people: users.map((user) => ({object: 'user', id: user.id, name: user.name, type: 'person'})),
});
/** A files value with external files. */
export const files = (list: {name: string; url: string}[]): StoredValue => ({
  type: 'files',
  files: list.map((file) => ({name: file.name, type: 'external', external: {url: file.url}})),
});
/** A formula value of one of the four result kinds. */
export function formula(value: string | number | boolean | {start: string} | null): StoredValue {
  if (typeof value === 'string') return {type: 'formula', formula: {type: 'string', string: value}};
  if (typeof value === 'number') return {type: 'formula', formula: {type: 'number', number: value}};
  if (typeof value === 'boolean')
    return {type: 'formula', formula: {type: 'boolean', boolean: value}};
  const dateValue = value === null ? null : {start: value.start, end: null, time_zone: null};
  return {type: 'formula', formula: {type: 'date', date: dateValue}};
}
/** A rollup value (number, date or array of property values). */
export function rollup(
  value: {number: number | null} | {date: string | null} | {array: StoredValue[]},
  fn = 'count',
): StoredValue {
  if ('number' in value)
    return {type: 'rollup', rollup: {type: 'number', number: value.number, function: fn}};
  if ('date' in value) {
    const d = value.date === null ? null : {start: value.date, end: null, time_zone: null};
    return {type: 'rollup', rollup: {type: 'date', date: d, function: fn}};
  }
  return {type: 'rollup', rollup: {type: 'array', array: value.array, function: fn}};
}
/** A unique_id value. */
export const uniqueId = (prefix: string | null, num: number): StoredValue => ({
  type: 'unique_id',
  unique_id: {prefix, number: num},
});
/** A verification value. */
export const verification = (state: 'verified' | 'unverified' | 'expired'): StoredValue => ({
  type: 'verification',
  verification:
    state === 'unverified'
      ? {state, date: null, verified_by: null}
      : {state, date: {start: '2025-05-01', end: null, time_zone: null}, verified_by: null},
});
/** A button value (buttons have no payload). */
export const button = (): StoredValue => ({type: 'button', button: {}});
/** A place value. */
export const place = (name: string, lat: number, lon: number): StoredValue => ({
  type: 'place',
  place: {lat, lon, name, address: null, aws_place_id: null, google_place_id: null},
});
