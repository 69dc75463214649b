import {isRecord, own, ownString, typeTag} from './json-shape.js';
import {failed, found, type ReadResult} from './read-result.js';
import {richTextToPlain} from './rich-text.js';

// Rollup arrays nest property values; untrusted input could nest them arbitrarily deep.
const maxDepth = 4;

function stringOrEmpty(value: unknown): ReadResult<string> {
  if (typeof value === 'string') return found(value);
  return value === null ? failed('empty') : failed('malformed');
}

function numberText(value: unknown): ReadResult<string> {
  if (typeof value === 'number' && Number.isFinite(value)) return found(String(value));
  return value === null ? failed('empty') : failed('malformed');
}

function optionName(value: unknown): ReadResult<string> {
  if (value === null) return failed('empty');
  const name = ownString(value, 'name');
  return name === null ? failed('malformed') : found(name);
}

function namesOf(value: unknown, key: string): ReadResult<string> {
  if (!Array.isArray(value)) return failed('malformed');
  const names = value.map((item) => ownString(item, key) ?? ownString(item, 'id') ?? '');
  return found(names.filter((name) => name !== '').join(', '));
}

function userName(value: unknown): ReadResult<string> {
  const name = ownString(value, 'name') ?? ownString(value, 'id');
  return name === null ? failed('malformed') : found(name);
}

function dateText(value: unknown): ReadResult<string> {
  if (value === null) return failed('empty');
  const start = ownString(value, 'start');
  if (start === null) return failed('malformed');
  const end = ownString(value, 'end');
  return found(end === null ? start : `${start} → ${end}`);
}

function formulaText(value: unknown): ReadResult<string> {
  const kind = typeTag(value);
  const inner = own(value, kind ?? '');
  switch (kind) {
    case 'string':
      return stringOrEmpty(inner);
    case 'number':
      return numberText(inner);
    case 'boolean':
      if (typeof inner === 'boolean') return found(String(inner));
      return inner === null ? failed('empty') : failed('malformed');
    case 'date':
      return dateText(inner);
    default:
      return failed('malformed');
  }
}

function rollupText(value: unknown, depth: number): ReadResult<string> {
  const kind = typeTag(value);
  const inner = own(value, kind ?? '');
  if (kind === 'number') return numberText(inner);
  if (kind === 'date') return dateText(inner);
  if (kind !== 'array' || !Array.isArray(inner)) return failed('malformed');
  if (depth >= maxDepth) return failed('malformed');
  const parts = inner.map((item) => propertyText(item, depth + 1).value ?? '');
  return found(parts.filter((part) => part !== '').join(', '));
}

function uniqueIdText(value: unknown): ReadResult<string> {
  const num = own(value, 'number');
  if (num === null) return failed('empty');
  if (typeof num !== 'number' || !Number.isFinite(num)) return failed('malformed');
  const prefix = ownString(value, 'prefix');
  return found(prefix ? `${prefix}-${num}` : String(num));
}

function placeText(value: unknown): ReadResult<string> {
  if (value === null) return failed('empty');
  const label = ownString(value, 'name') ?? ownString(value, 'address');
  if (label !== null) return found(label);
  const lat = own(value, 'lat');
  const lon = own(value, 'lon');
  if (typeof lat === 'number' && typeof lon === 'number') return found(`${lat}, ${lon}`);
  return failed('malformed');
}

/**
 * The text form of any Notion property value (what a person would read in the cell), with
 * a reason when there is none. Never throws, whatever the input.
 */
export function propertyText(prop: unknown, depth = 0): ReadResult<string> {
  if (prop === undefined || prop === null) return failed('missing');
  const kind = typeTag(prop);
  if (kind === null || !isRecord(prop)) return failed('malformed');
  const inner = own(prop, kind);
  switch (kind) {
    case 'title':
    case 'rich_text': {
      const text = richTextToPlain(inner);
      return text === null ? failed('malformed') : found(text);
    }
    case 'url':
    case 'email':
    case 'phone_number':
    case 'created_time':
    case 'last_edited_time':
      return stringOrEmpty(inner);
    case 'number':
      return numberText(inner);
    case 'select':
    case 'status':
      return optionName(inner);
    case 'multi_select':
      return namesOf(inner, 'name');
    case 'files':
      return namesOf(inner, 'name');
    case 'people':
      return namesOf(inner, 'name');
    case 'created_by':
    case 'last_edited_by':
      return userName(inner);
    case 'checkbox':
      return typeof inner === 'boolean' ? found(String(inner)) : failed('malformed');
    case 'date':
      return dateText(inner);
    case 'formula':
      return formulaText(inner);
    case 'rollup':
      return rollupText(inner, depth);
    case 'unique_id':
      return uniqueIdText(inner);
    case 'verification':
      return inner === null ? failed('empty') : optionState(inner);
    case 'place':
      return placeText(inner);
    default:
      // relation, button and types Notion adds later carry no readable text.
      return failed('wrong_type');
  }
}

function optionState(value: unknown): ReadResult<string> {
  const state = ownString(value, 'state');
  return state === null ? failed('malformed') : found(state);
}
