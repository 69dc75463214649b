import stringWidth from 'string-width';

const segmenter = new Intl.Segmenter(undefined, {granularity: 'grapheme'});

/** Terminal columns `text` occupies (CJK and most emoji take two). */
export function displayWidth(text: string): number {
  return stringWidth(text);
}

/** Splits text into grapheme clusters (what a person sees as one character). */
export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), (part) => part.segment);
}

/** Cuts `text` to at most `width` columns, ending with `ellipsis` when something was cut. */
export function truncateToWidth(text: string, width: number, ellipsis = '…'): string {
  if (displayWidth(text) <= width) return text;
  const room = width - displayWidth(ellipsis);
  if (room < 0) return '';
  let out = '';
  let used = 0;
  for (const grapheme of graphemes(text)) {
    const next = displayWidth(grapheme);
    if (used + next > room) break;
    out += grapheme;
    used += next;
  }
  return out + ellipsis;
}

/** Pads `text` with spaces to exactly `width` columns (truncating first when it is wider). */
export function padToWidth(text: string, width: number, align: 'left' | 'right' = 'left'): string {
  const cut = truncateToWidth(text, width);
  const gap = ' '.repeat(Math.max(0, width - displayWidth(cut)));
  return align === 'right' ? gap + cut : cut + gap;
}
