/** The tag on every note nls manages. */
export const NLS_TAG = 'nls';

/** Added to the note of an atom that was removed at the source (the note is also suspended). */
export const REMOVED_TAG = 'nls::removed';

/** Tag-safe form of a name: lower case, ASCII letters/digits and dashes, no spaces or `::`. */
export function tagSlug(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/g, '');
}

/** What the tags of one atom's note are built from. */
export interface TagSource {
  atomType: string;
  concept?: string | null | undefined;
  module?: string | null | undefined;
}

/** The nls-managed tags of one atom's note (user tags on the note are left alone). */
export function tagsFor(atom: TagSource): string[] {
  const tags = [NLS_TAG];
  const parts: Array<[string, string | null | undefined]> = [
    ['type', atom.atomType],
    ['concept', atom.concept],
    ['module', atom.module],
  ];
  for (const [kind, value] of parts) {
    const slug = value ? tagSlug(value) : '';
    if (slug !== '') tags.push(`${NLS_TAG}::${kind}::${slug}`);
  }
  return tags;
}

/** True for tags nls manages (so a push may remove stale ones without touching user tags). */
export function isNlsTag(tag: string): boolean {
  return tag === NLS_TAG || tag.startsWith(`${NLS_TAG}::`);
}
