import {own, ownString, typeTag} from './json-shape.js';
import {propertyText} from './property-text.js';
import {failed, found, type ReadResult} from './read-result.js';
import {richTextToMarkdown} from './rich-text-markdown.js';

/** A Notion date value: ISO start, optional end and time zone. */
export interface NotionDate {
  start: string;
  end: string | null;
  timeZone: string | null;
}

const numericText = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

function inner(prop: unknown): {kind: string | null; value: unknown} {
  const kind = typeTag(prop);
  return {kind, value: kind === null ? undefined : own(prop, kind)};
}

function absent<T>(prop: unknown): ReadResult<T> | null {
  if (prop === undefined || prop === null) return failed('missing');
  return typeTag(prop) === null ? failed('malformed') : null;
}

function finite(value: unknown): ReadResult<number> {
  if (typeof value === 'number' && Number.isFinite(value)) return found(value);
  return value === null ? failed('empty') : failed('malformed');
}

/** The text of any property (see {@link propertyText}), with the reason when there is none. */
export function textResult(prop: unknown): ReadResult<string> {
  return propertyText(prop);
}

/**
 * Title or rich text as card Markdown (annotations, links, equations kept; see
 * {@link richTextToMarkdown}); any other property as its text, escaped where it would read as
 * markup.
 */
export function markdownResult(prop: unknown): ReadResult<string> {
  const kind = typeTag(prop);
  if (kind === 'title' || kind === 'rich_text') {
    const markdown = richTextToMarkdown(own(prop, kind));
    if (markdown !== null) return found(markdown);
  }
  const text = propertyText(prop);
  if (text.value === null) return text;
  return found(richTextToMarkdown({type: 'text', plain_text: text.value}) ?? text.value);
}

/** A number from number, formula, rollup or unique_id, or from text that is exactly a number. */
export function numberResult(prop: unknown): ReadResult<number> {
  const early = absent<number>(prop);
  if (early) return early;
  const {kind, value} = inner(prop);
  if (kind === 'number') return finite(value);
  if (kind === 'formula' || kind === 'rollup') {
    const sub = inner(value);
    if (sub.kind === 'number') return finite(sub.value);
    if (sub.kind !== 'string') return failed('wrong_type');
  }
  if (kind === 'unique_id') return finite(own(value, 'number'));
  if (kind === 'checkbox' || kind === 'relation' || kind === 'date') return failed('wrong_type');
  const text = propertyText(prop);
  if (text.value === null) return failed(text.issue === 'missing' ? 'malformed' : text.issue);
  const trimmed = text.value.trim();
  if (trimmed === '') return failed('empty');
  return numericText.test(trimmed) ? finite(Number(trimmed)) : failed('wrong_type');
}

/** An option name from select or status (or from plain text, trimmed); null when unset. */
export function selectResult(prop: unknown): ReadResult<string> {
  const early = absent<string>(prop);
  if (early) return early;
  const {kind, value} = inner(prop);
  if (kind === 'select' || kind === 'status') {
    if (value === null) return failed('empty');
    const name = ownString(value, 'name');
    return name === null ? failed('malformed') : found(name);
  }
  if (kind === 'multi_select') {
    const names = multiSelectResult(prop);
    if (names.value === null) return failed(names.issue);
    return names.value[0] === undefined ? failed('empty') : found(names.value[0]);
  }
  const textual = kind === 'title' || kind === 'rich_text' || kind === 'formula';
  if (!textual) return failed('wrong_type');
  const text = propertyText(prop);
  if (text.value === null) return failed(text.issue);
  const trimmed = text.value.trim();
  return trimmed === '' ? failed('empty') : found(trimmed);
}

/** Option names from multi_select (a select or status gives a one-element list). */
export function multiSelectResult(prop: unknown): ReadResult<string[]> {
  const early = absent<string[]>(prop);
  if (early) return early;
  const {kind, value} = inner(prop);
  if (kind === 'select' || kind === 'status') {
    const one = selectResult(prop);
    return one.value === null
      ? one.issue === 'empty'
        ? found([])
        : failed(one.issue)
      : found([one.value]);
  }
  if (kind !== 'multi_select') return failed('wrong_type');
  if (!Array.isArray(value)) return failed('malformed');
  return found(value.map((option) => ownString(option, 'name')).filter((n) => n !== null));
}

function dateValue(value: unknown): ReadResult<NotionDate> {
  if (value === null) return failed('empty');
  const start = ownString(value, 'start');
  if (start === null || Number.isNaN(Date.parse(start))) return failed('malformed');
  const end = ownString(value, 'end');
  return found({
    start,
    end: end !== null && !Number.isNaN(Date.parse(end)) ? end : null,
    timeZone: ownString(value, 'time_zone'),
  });
}

/** A date from date, formula/rollup dates or the created/last-edited timestamps. */
export function dateResult(prop: unknown): ReadResult<NotionDate> {
  const early = absent<NotionDate>(prop);
  if (early) return early;
  const {kind, value} = inner(prop);
  if (kind === 'date') return dateValue(value);
  if (kind === 'created_time' || kind === 'last_edited_time') {
    if (value === null) return failed('empty');
    return dateValue(typeof value === 'string' ? {start: value} : value);
  }
  if (kind === 'formula' || kind === 'rollup') {
    const sub = inner(value);
    return sub.kind === 'date' ? dateValue(sub.value) : failed('wrong_type');
  }
  return failed('wrong_type');
}

/** Page ids of a relation (only the first 25 when {@link relationHasMore} is true). */
export function relationResult(prop: unknown): ReadResult<string[]> {
  const early = absent<string[]>(prop);
  if (early) return early;
  const {kind, value} = inner(prop);
  if (kind !== 'relation') return failed('wrong_type');
  if (!Array.isArray(value)) return failed('malformed');
  return found(value.map((item) => ownString(item, 'id')).filter((id) => id !== null));
}

/** True when Notion truncated the relation (or people) list and the rest must be paged. */
export function relationHasMore(prop: unknown): boolean {
  return own(prop, 'has_more') === true;
}

/** A boolean from checkbox or a boolean formula. */
export function checkboxResult(prop: unknown): ReadResult<boolean> {
  const early = absent<boolean>(prop);
  if (early) return early;
  const {kind, value} = inner(prop);
  let flag = value;
  if (kind === 'formula') {
    const sub = inner(value);
    if (sub.kind !== 'boolean') return failed('wrong_type');
    flag = sub.value;
  } else if (kind !== 'checkbox') {
    return failed('wrong_type');
  }
  if (typeof flag === 'boolean') return found(flag);
  return flag === null ? failed('empty') : failed('malformed');
}

/** Text of any property, or null. */
export const readText = (prop: unknown): string | null => textResult(prop).value;
/** A finite number, or null. */
export const readNumber = (prop: unknown): number | null => numberResult(prop).value;
/** A select or status option name, or null. */
export const readSelect = (prop: unknown): string | null => selectResult(prop).value;
/** Multi-select option names, or null. */
export const readMultiSelect = (prop: unknown): string[] | null => multiSelectResult(prop).value;
/** A date, or null. */
export const readDate = (prop: unknown): NotionDate | null => dateResult(prop).value;
/** Related page ids, or null. */
export const readRelationIds = (prop: unknown): string[] | null => relationResult(prop).value;
/** A checkbox value, or null. */
export const readCheckbox = (prop: unknown): boolean | null => checkboxResult(prop).value;
