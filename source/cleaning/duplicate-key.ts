import {markdownToPlain} from '../text/markdown-plain.js';

// Punctuation that never changes meaning of a question's wording. Symbols such as # + & % are
// kept on purpose: "What is C#?" and "What is C?" are different cards.
const punctuation = /[.,;:!?¿¡'"`´‘’‚“”„«»‹›()[\]{}…–—\-/\\|]/g;
const decimalPoint = /(\d)\.(\d)/g;

/**
 * The key exact duplicates share, computed on the front's plain projection (so `**TCP**` and
 * `TCP` match): Unicode-normalised, lower-case, punctuation removed (except a
 * decimal point between digits), whitespace collapsed. "What's TCP?" and "whats  tcp" match.
 */
export function duplicateKey(front: string): string {
  return plainKey(markdownToPlain(front));
}

/**
 * The normalisation of {@link duplicateKey} on text already plain. A key is not Markdown (a key
 * such as `$$` would parse as an empty formula), so only this step is idempotent.
 */
export function plainKey(plain: string): string {
  return plain
    .normalize('NFKC')
    .toLowerCase()
    .replace(decimalPoint, '$1\u0000$2')
    .replace(punctuation, '')
    .replace(/\u0000/g, '.')
    .replace(/\s+/g, ' ')
    .trim();
}
