import {
  type PropertyKind,
  type PropertyKindValue,
  readProperty,
} from '../notion/property-readers.js';
import {storableText} from '../notion/sync-hash.js';

/** A staged Notion page as the transform sees it. */
export interface SourcePage {
  id: string;
  properties: Record<string, unknown>;
}

/** Something wrong with one page, kept for sync_log (first N) and counted per entity. */
export interface PageIssue {
  pageId: string;
  reason: string;
}

/**
 * Reads the properties of one page and collects what was wrong with them. An absent or empty
 * optional cell is normal; a cell of the wrong type or an unreadable payload is reported.
 */
export class PageReader {
  readonly pageId: string;
  readonly issues: string[] = [];
  readonly #props: Record<string, unknown>;

  constructor(page: SourcePage) {
    this.pageId = page.id;
    this.#props = page.properties;
  }

  #read<K extends PropertyKind>(name: string, kind: K): PropertyKindValue[K] | null {
    const read = readProperty(this.#props, name, kind);
    if (read.issue === 'wrong_type' || read.issue === 'malformed') {
      this.issues.push(`property "${name}" is not readable as ${kind} (${read.issue})`);
    }
    return read.value;
  }

  /** Trimmed text, or null when absent or blank. */
  text(name: string): string | null {
    const value = this.#read(name, 'text');
    const text = value === null ? '' : storableText(value).trim();
    return text === '' ? null : text;
  }

  /** The title (found by type when the named property is absent), '' when there is none. */
  title(name: string): string {
    const value = this.#read(name, 'title');
    return value === null ? '' : storableText(value).trim();
  }

  /** Title or rich text as card Markdown, trimmed; null when absent or blank. */
  markdown(name: string): string | null {
    const value = this.#read(name, 'markdown');
    const text = value === null ? '' : storableText(value).trim();
    return text === '' ? null : text;
  }

  /** The title as card Markdown (found by type when the named property is absent), or ''. */
  markdownTitle(name: string): string {
    const value = this.#read(name, 'markdown_title');
    return value === null ? '' : storableText(value).trim();
  }

  /** A select or status option name. */
  select(name: string): string | null {
    const value = this.#read(name, 'select');
    return value === null ? null : storableText(value).trim() || null;
  }

  /** A finite number. */
  number(name: string): number | null {
    return this.#read(name, 'number');
  }

  /** A whole number (rounded). */
  integer(name: string): number | null {
    const value = this.number(name);
    return value === null ? null : Math.round(value);
  }

  /** The date part (YYYY-MM-DD) of a date's start. */
  date(name: string): string | null {
    const value = this.#read(name, 'date');
    const day = value?.start.slice(0, 10) ?? null;
    return day !== null && /^\d{4}-\d{2}-\d{2}$/.test(day) ? day : null;
  }

  /** The first related page id (the parent), dashed and lower case. */
  relation(name: string): string | null {
    const ids = this.#read(name, 'relation');
    return ids?.[0]?.toLowerCase() ?? null;
  }
}

/** A status or select name as a lower-case word (`In progress` → `in_progress`). */
export function statusWord(value: string | null): string | null {
  if (value === null) return null;
  const word = value
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_|_$/g, '');
  return word === '' ? null : word;
}
