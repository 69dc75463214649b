// pg_trgm (built with KEEPONLYALNUM and IGNORECASE) lower-cases the text, splits it into words of
// letters and digits, pads each word with two spaces in front and one behind and takes every
// window of three characters. Matching it here lets the join in JS find the pairs pg_trgm finds.
const wordPattern = /[\p{L}\p{N}]+/gu;
const asciiOnly = /^[\u0000-\u007f]*$/;

// Per code point, as PostgreSQL's towlower does: String#toLowerCase on a whole string applies
// context rules (final sigma) and expansions (İ) that pg_trgm does not.
function lowerLikePostgres(text: string): string {
  if (asciiOnly.test(text)) return text.toLowerCase();
  let out = '';
  for (const char of text) {
    const lower = char.toLowerCase();
    out += lower.length === char.length ? lower : char;
  }
  return out;
}

/** The distinct trigrams pg_trgm's `show_trgm` gives for a text (multibyte ones unhashed). */
export function trigramSet(text: string): string[] {
  const seen = new Set<string>();
  const lowered = lowerLikePostgres(text);
  for (const match of lowered.matchAll(wordPattern)) {
    const word = match[0];
    if (word.length === [...word].length) {
      const padded = `  ${word} `;
      for (let i = 0; i + 3 <= padded.length; i++) seen.add(padded.slice(i, i + 3));
    } else {
      const chars = [' ', ' ', ...word, ' '];
      for (let i = 0; i + 3 <= chars.length; i++)
        seen.add(chars[i]! + chars[i + 1]! + chars[i + 2]!);
    }
  }
  return [...seen];
}

/** pg_trgm's `similarity`: shared trigrams over all distinct trigrams (0 when either is empty). */
export function trigramSimilarity(a: string, b: string): number {
  const left = new Set(trigramSet(a));
  const right = trigramSet(b);
  if (left.size === 0 || right.length === 0) return 0;
  let shared = 0;
  for (const gram of right) if (left.has(gram)) shared += 1;
  return shared / (left.size + right.length - shared);
}
