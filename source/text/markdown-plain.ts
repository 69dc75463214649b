import type Token from 'markdown-it/lib/token.mjs';
import {isMarkupFree, type MarkdownBlock, parseMarkdown} from './markdown-doc.js';

/** How {@link markdownToPlain} treats code. */
export interface PlainOptions {
  /**
   * Keep code spans and fenced blocks in their Markdown form (backticks and fences), so the
   * quality rules can still tell code from prose exactly as they did before cards held Markdown.
   */
  readonly keepCodeMarkers?: boolean;
}

function inlinePlain(tokens: readonly Token[], options: PlainOptions): string {
  let out = '';
  for (const token of tokens) {
    if (token.type === 'text') out += token.content;
    else if (token.type === 'math_inline') out += token.content;
    else if (token.type === 'code_inline') {
      out += options.keepCodeMarkers
        ? `${token.markup}${token.content}${token.markup}`
        : token.content;
    }
  }
  return out;
}

function blockPlain(block: MarkdownBlock, options: PlainOptions): string {
  switch (block.kind) {
    case 'inline':
      return block.leading + inlinePlain(block.tokens, options) + block.trailing;
    case 'code':
      return options.keepCodeMarkers
        ? `\`\`\`${block.language}\n${block.text}\n\`\`\``
        : block.text;
    case 'math':
      return block.tex;
    case 'gap':
      return block.text;
  }
}

/**
 * The plain projection of card Markdown: markup removed, the text of code and math kept. Text
 * without markup comes back unchanged (the same string), so plain cards measure as before.
 */
export function markdownToPlain(text: string, options: PlainOptions = {}): string {
  if (isMarkupFree(text)) return text;
  return parseMarkdown(text)
    .map((block) => blockPlain(block, options))
    .join('\n');
}
