import {isRecord, ownString, typeTag} from './json-shape.js';
import {failed, type ReadResult} from './read-result.js';
import {
  checkboxResult,
  dateResult,
  markdownResult,
  multiSelectResult,
  type NotionDate,
  numberResult,
  relationHasMore,
  relationResult,
  selectResult,
  textResult,
} from './value-readers.js';

export type {ReadResult} from './read-result.js';
export {
  type NotionDate,
  readCheckbox,
  readDate,
  readMultiSelect,
  readNumber,
  readRelationIds,
  readSelect,
  readText,
  relationHasMore,
} from './value-readers.js';

/** What each kind of read produces. */
export interface PropertyKindValue {
  title: string;
  text: string;
  /** Title or rich text as card Markdown. */
  markdown: string;
  /** The title as card Markdown (found by type like `title`). */
  markdown_title: string;
  number: number;
  select: string;
  multi_select: string[];
  date: NotionDate;
  relation: string[];
  checkbox: boolean;
}

/** The kinds of value {@link readProperty} can read. */
export type PropertyKind = keyof PropertyKindValue;

/** A located property: the key it lives under in `properties`, its stable id and its value. */
export interface LocatedProperty {
  key: string;
  id: string | null;
  value: unknown;
}

/** A read plus where it came from and whether Notion truncated a relation. */
export type PropertyRead<T> = ReadResult<T> & {key: string | null; hasMore: boolean};

const readers: {[K in PropertyKind]: (prop: unknown) => ReadResult<PropertyKindValue[K]>} = {
  title: textResult,
  text: textResult,
  markdown: markdownResult,
  markdown_title: markdownResult,
  number: numberResult,
  select: selectResult,
  multi_select: multiSelectResult,
  date: dateResult,
  relation: relationResult,
  checkbox: checkboxResult,
};

function entries(props: unknown): [string, unknown][] {
  return isRecord(props) ? Object.entries(props) : [];
}

/** The page's title property (found by type, whatever it is called), or null. */
export function findTitleProperty(props: unknown): LocatedProperty | null {
  for (const [key, value] of entries(props)) {
    if (typeTag(value) === 'title') return {key, id: ownString(value, 'id'), value};
  }
  return null;
}

/**
 * Finds a property by name, else by its stable id (names change when a person renames a
 * column; ids do not), else (for a title read) by type.
 */
export function locateProperty(
  props: unknown,
  nameOrId: string,
  kind?: PropertyKind,
): LocatedProperty | null {
  const all = entries(props);
  const byName = all.find(([key]) => key === nameOrId);
  const hit = byName ?? all.find(([, value]) => ownString(value, 'id') === nameOrId);
  if (hit) return {key: hit[0], id: ownString(hit[1], 'id'), value: hit[1]};
  return kind === 'title' || kind === 'markdown_title' ? findTitleProperty(props) : null;
}

/**
 * Reads the property called `name` from a page's `properties` as `kind`. Never throws: a
 * missing or unreadable property gives a null value and the reason.
 */
export function readProperty<K extends PropertyKind>(
  props: unknown,
  name: string,
  kind: K,
): PropertyRead<PropertyKindValue[K]> {
  const located = locateProperty(props, name, kind);
  if (located === null)
    return {...failed<PropertyKindValue[K]>('missing'), key: null, hasMore: false};
  const read = readers[kind](located.value);
  return {...read, key: located.key, hasMore: relationHasMore(located.value)};
}
