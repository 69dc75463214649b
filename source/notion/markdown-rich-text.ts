import type Token from 'markdown-it/lib/token.mjs';
import {
  applyStyleToken,
  type InlineStyle,
  type MarkdownBlock,
  parseMarkdown,
  plainInlineStyle,
} from '../text/markdown-doc.js';

// Card Markdown → Notion rich text for a page update (request shapes, as in
// makenotion/notion-sdk-js `RichTextItemRequest`: `{type: "text", text: {content, link?},
// annotations?}` and `{type: "equation", equation: {expression}, annotations?}`). It is the
// inverse of richTextToMarkdown: what nls stores is what Notion gets back.

/** The annotations nls sets; absent ones are Notion's defaults (false). */
export interface RequestAnnotations {
  bold?: true;
  italic?: true;
  strikethrough?: true;
  code?: true;
}

/** One rich-text item of a page update. */
export type RichTextRequestItem =
  | {type: 'text'; text: {content: string; link?: {url: string}}; annotations?: RequestAnnotations}
  | {type: 'equation'; equation: {expression: string}; annotations?: RequestAnnotations};

// Notion caps a text item at 2000 characters (UTF-16 units); never split a surrogate pair.
const segmentLength = 2000;

function pieces(text: string): string[] {
  const out: string[] = [];
  let start = 0;
  while (start < text.length) {
    let end = Math.min(text.length, start + segmentLength);
    const last = text.charCodeAt(end - 1);
    if (end < text.length && last >= 0xd800 && last <= 0xdbff) end -= 1;
    out.push(text.slice(start, end));
    start = end;
  }
  return out;
}

type Style = InlineStyle;

function annotationsOf(style: Style, code: boolean): RequestAnnotations | undefined {
  const marks: RequestAnnotations = {
    ...(style.bold > 0 ? {bold: true} : {}),
    ...(style.italic > 0 ? {italic: true} : {}),
    ...(style.strike > 0 ? {strikethrough: true} : {}),
    ...(code ? {code: true} : {}),
  };
  return Object.keys(marks).length > 0 ? marks : undefined;
}

class ItemWriter {
  readonly items: RichTextRequestItem[] = [];

  text(content: string, style: Style, code = false): void {
    if (content === '') return;
    const annotations = annotationsOf(style, code);
    const previous = this.items.at(-1);
    // Consecutive plain text (a gap after a paragraph) is one item, as Notion would store it.
    if (annotations === undefined && style.href === null && previous && isPlainItem(previous)) {
      previous.text.content += content;
      return;
    }
    for (const piece of pieces(content)) {
      this.items.push({
        type: 'text',
        text: style.href === null ? {content: piece} : {content: piece, link: {url: style.href}},
        ...(annotations ? {annotations} : {}),
      });
    }
  }

  equation(expression: string, style: Style): void {
    const annotations = annotationsOf(style, false);
    this.items.push({
      type: 'equation',
      equation: {expression},
      ...(annotations ? {annotations} : {}),
    });
  }

  finish(): RichTextRequestItem[] {
    // Merged plain items may have outgrown the cap; split them again.
    return this.items.flatMap((item) =>
      item.type === 'text' && item.text.content.length > segmentLength
        ? pieces(item.text.content).map((content) => ({...item, text: {...item.text, content}}))
        : [item],
    );
  }
}

function isPlainItem(
  item: RichTextRequestItem,
): item is {type: 'text'; text: {content: string}; annotations?: undefined} {
  return item.type === 'text' && item.annotations === undefined && item.text.link === undefined;
}

const plainStyle = plainInlineStyle;

function writeInline(writer: ItemWriter, tokens: readonly Token[]): void {
  const style = plainStyle();
  for (const token of tokens) {
    if (applyStyleToken(style, token)) continue;
    if (token.type === 'text') writer.text(token.content, style);
    else if (token.type === 'code_inline') writer.text(token.content, style, true);
    else if (token.type === 'math_inline') writer.equation(token.content, style);
  }
}

function writeBlock(writer: ItemWriter, block: MarkdownBlock): void {
  switch (block.kind) {
    case 'inline':
      writer.text(block.leading, plainStyle());
      writeInline(writer, block.tokens);
      writer.text(block.trailing, plainStyle());
      return;
    case 'code':
      // Property rich text has no code block: the lines become code-annotated text.
      writer.text(block.text, plainStyle(), true);
      return;
    case 'math':
      writer.equation(block.tex, plainStyle());
      return;
    case 'gap':
      writer.text(block.text, plainStyle());
  }
}

/**
 * Card Markdown as Notion rich-text request items: bold, italic, strikethrough and code as
 * annotations, links as text links, `$…$` and `$$…$$` as equations. Plain text gives plain
 * items of at most 2000 characters.
 */
export function markdownToRichText(markdown: string): RichTextRequestItem[] {
  const writer = new ItemWriter();
  parseMarkdown(markdown).forEach((block, index) => {
    if (index > 0) writer.text('\n', plainStyle());
    writeBlock(writer, block);
  });
  return writer.finish();
}
