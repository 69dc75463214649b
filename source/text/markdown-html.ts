import type {RenderRule} from 'markdown-it/lib/renderer.mjs';
import type Token from 'markdown-it/lib/token.mjs';
import {isMarkupFree, type MarkdownBlock, markdownIt, parseMarkdown} from './markdown-doc.js';

// Card Markdown → Anki field HTML, rendered by markdown-it's own renderer with Anki's tags and
// delimiters: <b>, <i>, <s>, <code>, <pre><code>, <a href>, and math as MathJax `\(…\)` /
// `\[…\]`. Raw HTML never passes through (markdown-it runs with html: false, and text is
// escaped). Text is escaped exactly as plain fields always were (`'` too) with line breaks as
// <br>, so a card without markup renders byte-identical HTML and its note is not rewritten.

const htmlEscapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Plain text as field HTML: special characters escaped, line breaks as `<br>`. */
export function escapeFieldText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[&<>"']/g, (ch) => htmlEscapes[ch] ?? ch)
    .replace(/\n/g, '<br>');
}

const renderer = markdownIt.renderer;
const rules: Record<string, RenderRule> = {
  text: (tokens, index) => escapeFieldText(tokens[index]!.content),
  strong_open: () => '<b>',
  strong_close: () => '</b>',
  em_open: () => '<i>',
  em_close: () => '</i>',
  s_open: () => '<s>',
  s_close: () => '</s>',
  code_inline: (tokens, index) => `<code>${escapeFieldText(tokens[index]!.content)}</code>`,
  // MathJax reads the text of the field: the TeX is escaped like any text and Anki's own
  // delimiters tell it where math begins.
  math_inline: (tokens, index) => `\\(${escapeFieldText(tokens[index]!.content)}\\)`,
};

function renderInline(tokens: readonly Token[]): string {
  let out = '';
  for (let index = 0; index < tokens.length; index += 1) {
    const token = tokens[index]!;
    const rule = rules[token.type];
    // Links go through markdown-it's renderer, which has already refused unsafe schemes
    // (javascript:, vbscript:, file:, data:) at parse time and escapes the href.
    out += rule
      ? rule(tokens as Token[], index, markdownIt.options, {}, renderer)
      : renderer.renderToken(tokens as Token[], index, markdownIt.options);
  }
  return out;
}

function blockHtml(block: MarkdownBlock): string {
  switch (block.kind) {
    case 'inline':
      return (
        escapeFieldText(block.leading) +
        renderInline(block.tokens) +
        escapeFieldText(block.trailing)
      );
    case 'code': {
      const language = block.language.split(/\s+/)[0] ?? '';
      const attr = language === '' ? '' : ` class="language-${escapeFieldText(language)}"`;
      // Inside <pre> a line break is a line break; Anki keeps it.
      const body = block.text.replace(/[&<>"']/g, (ch) => htmlEscapes[ch] ?? ch);
      return `<pre><code${attr}>${body}</code></pre>`;
    }
    case 'math':
      return `\\[${escapeFieldText(block.tex)}\\]`;
    case 'gap':
      return escapeFieldText(block.text);
  }
}

/**
 * Card Markdown as Anki field HTML. Text without markup gives exactly the escaped text with
 * `<br>` line breaks it always gave.
 */
export function markdownToFieldHtml(text: string | null | undefined): string {
  if (!text) return '';
  if (isMarkupFree(text)) return escapeFieldText(text);
  const blocks = parseMarkdown(text);
  let out = '';
  blocks.forEach((block, index) => {
    // A <pre> is a block of its own: a <br> beside it would add an empty line.
    const beside = block.kind === 'code' || blocks[index - 1]?.kind === 'code';
    if (index > 0 && !beside) out += '<br>';
    out += blockHtml(block);
  });
  return out;
}
