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

// Letters and digits of ASCII text as 1–36 (0 is the padding space): a trigram is then one
// number below 37³, so the 100,000-card join can count and look them up in flat arrays instead
// of building millions of short strings.
const asciiCodeOf = new Int8Array(128).fill(-1);
for (let c = 0; c < 26; c++) {
  asciiCodeOf[97 + c] = 1 + c;
  asciiCodeOf[65 + c] = 1 + c;
}
for (let d = 0; d < 10; d++) asciiCodeOf[48 + d] = 27 + d;

// Reused by every call: the 100,000-card join would otherwise allocate a list per card.
let scratch = new Int32Array(1024);

/** How many distinct values {@link asciiTrigramCodes} can return. */
export const asciiTrigramCodeCount = 37 ** 3;

/**
 * The distinct trigrams of an ASCII text as numbers (ascending), the same set {@link trigramSet}
 * gives; null when the text has other characters (use {@link trigramSet} then).
 */
export function asciiTrigramCodes(text: string): Int32Array | null {
  // A word of n characters gives n + 1 trigrams, so a text never gives more than twice its length.
  if (scratch.length < 2 * text.length + 1) scratch = new Int32Array(4 * text.length + 16);
  let count = 0;
  let first = 0;
  let second = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 128) return null;
    const code = asciiCodeOf[unit]!;
    if (code >= 0) {
      scratch[count++] = first * 1369 + second * 37 + code;
      first = second;
      second = code;
      inWord = true;
    } else if (inWord) {
      scratch[count++] = first * 1369 + second * 37;
      first = 0;
      second = 0;
      inWord = false;
    }
  }
  if (inWord) scratch[count++] = first * 1369 + second * 37;
  const sorted = scratch.subarray(0, count).sort();
  let size = 0;
  for (let i = 0; i < count; i++) {
    if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[size++] = sorted[i]!;
  }
  return sorted.slice(0, size);
}

/** The number {@link asciiTrigramCodes} gives a trigram of {@link trigramSet}, or -1 if none. */
export function asciiTrigramCode(gram: string): number {
  let code = 0;
  for (let i = 0; i < gram.length; i++) {
    const unit = gram.charCodeAt(i);
    const part = unit === 32 ? 0 : unit < 128 ? asciiCodeOf[unit]! : -1;
    if (part < 0) return -1;
    code = code * 37 + part;
  }
  return gram.length === 3 ? code : -1;
}
