import {blocksToMarkdown} from './blocks-markdown.js';
// The one place that chooses how rich text inside page bodies is rendered.
import {richTextToMarkdown as renderRichText} from './rich-text-markdown.js';

/** Longest body text handed on (the detail pane, a rewrite prompt); the rest is cut. */
export const maxBodyChars = 8000;

/** A stored page body (raw_content) as Markdown, '' when there is none; cut at `limit`. */
export function pageBodyMarkdown(rawContent: unknown, limit = maxBodyChars): string {
  const markdown = blocksToMarkdown(rawContent, renderRichText);
  return markdown.length > limit ? `${markdown.slice(0, limit).trimEnd()}\n…` : markdown;
}
