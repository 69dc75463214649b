import {type FakePage, notionTimestamp} from './notion-model.js';

/** A request the fake cannot answer, reported as Notion's 400 validation_error. */
export class FakeValidationError extends Error {}

type Predicate = (page: FakePage) => boolean;

const comparisons: Record<string, (value: number, bound: number) => boolean> = {
  equals: (v, b) => v === b,
  before: (v, b) => v < b,
  after: (v, b) => v > b,
  on_or_before: (v, b) => v <= b,
  on_or_after: (v, b) => v >= b,
};

// Filters see the same minute-rounded timestamps a client sees on the page objects.
function timestampOf(page: FakePage, which: string): number {
  const ms = which === 'created_time' ? page.createdTime : page.lastEditedTime;
  return Date.parse(notionTimestamp(ms));
}

function timestampPredicate(filter: Record<string, unknown>): Predicate {
  const which = filter.timestamp;
  if (which !== 'created_time' && which !== 'last_edited_time') {
    throw new FakeValidationError(
      'body.filter.timestamp should be `created_time` or `last_edited_time`',
    );
  }
  const condition = filter[which];
  if (typeof condition !== 'object' || condition === null) {
    throw new FakeValidationError(`body.filter.${which} should be an object`);
  }
  const [operator, raw] = Object.entries(condition)[0] ?? [];
  if (operator === 'is_empty') return () => false;
  if (operator === 'is_not_empty') return () => true;
  const compare = operator === undefined ? undefined : comparisons[operator];
  const bound = typeof raw === 'string' ? Date.parse(raw) : Number.NaN;
  if (!compare || Number.isNaN(bound)) {
    throw new FakeValidationError(
      `body.filter.${which}.${operator} is not a supported date filter`,
    );
  }
  return (page) => compare(timestampOf(page, which), bound);
}

/** Compiles a query filter (timestamp filters combined with and/or) into a predicate. */
export function compileFilter(filter: unknown): Predicate {
  if (filter === undefined || filter === null) return () => true;
  if (typeof filter !== 'object' || Array.isArray(filter)) {
    throw new FakeValidationError('body.filter should be an object');
  }
  const record = filter as Record<string, unknown>;
  for (const group of ['and', 'or'] as const) {
    const parts = record[group];
    if (parts === undefined) continue;
    if (!Array.isArray(parts))
      throw new FakeValidationError(`body.filter.${group} should be an array`);
    const predicates = parts.map(compileFilter);
    return group === 'and'
      ? (page) => predicates.every((p) => p(page))
      : (page) => predicates.some((p) => p(page));
  }
  if ('timestamp' in record) return timestampPredicate(record);
  throw new FakeValidationError('the fake Notion server supports only timestamp filters');
}

/** Orders pages by the query's timestamp sorts; without sorts, newest created first. */
export function sortPages(pages: FakePage[], sorts: unknown): FakePage[] {
  const list =
    Array.isArray(sorts) && sorts.length > 0
      ? sorts
      : [{timestamp: 'created_time', direction: 'descending'}];
  const keys = list.map((sort) => {
    const {timestamp, direction} = (sort ?? {}) as {timestamp?: unknown; direction?: unknown};
    if (timestamp !== 'created_time' && timestamp !== 'last_edited_time') {
      throw new FakeValidationError('the fake Notion server supports only timestamp sorts');
    }
    return {timestamp, sign: direction === 'descending' ? -1 : 1};
  });
  return [...pages].sort((a, b) => {
    for (const key of keys) {
      const diff = timestampOf(a, key.timestamp) - timestampOf(b, key.timestamp);
      if (diff !== 0) return diff * key.sign;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  });
}

/** One page of a query result, with Notion's per-query row cap applied. */
export interface QuerySlice {
  pages: FakePage[];
  hasMore: boolean;
  nextCursor: string | null;
  incomplete: boolean;
}

/**
 * Slices `ordered` from the row whose id is `cursor` (Notion's cursors name the next row).
 * Rows at or beyond `cap` are never returned; reaching it ends the query as incomplete.
 */
export function paginate(
  ordered: FakePage[],
  cursor: string | undefined,
  pageSize: number,
  cap: number,
): QuerySlice {
  let start = 0;
  if (cursor !== undefined) {
    start = ordered.findIndex((page) => page.id === cursor);
    if (start < 0) throw new FakeValidationError(`start_cursor provided is invalid: ${cursor}`);
  }
  const end = Math.min(start + pageSize, ordered.length, cap);
  const pages = start >= cap ? [] : ordered.slice(start, end);
  const moreRows = end < ordered.length;
  if (moreRows && end >= cap) return {pages, hasMore: false, nextCursor: null, incomplete: true};
  return {
    pages,
    hasMore: moreRows,
    nextCursor: moreRows ? (ordered[end]?.id ?? null) : null,
    incomplete: false,
  };
}
