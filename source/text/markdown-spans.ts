import type Token from 'markdown-it/lib/token.mjs';
import {
  applyStyleToken,
  type InlineStyle,
  type MarkdownBlock,
  parseMarkdown,
  plainInlineStyle,
} from './markdown-doc.js';
import {sanitizeTerminalText} from './sanitize-terminal.js';

// Card Markdown → styled spans for the terminal. Every piece of text, link URLs and code
// included, goes through the terminal sanitiser here, so a span can carry no escape sequence.

/** A run of text with one style. */
export interface RichSpan {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly strike?: boolean;
  readonly code?: boolean;
  /** Inline math, as its TeX between `$`. */
  readonly math?: boolean;
  /** The text of a link. */
  readonly link?: boolean;
  /** The ` <url>` shown after a link's text. */
  readonly url?: boolean;
}

/** One terminal line: prose, a code block's language label, a code line or a math line. */
export interface RichLine {
  readonly kind: 'text' | 'label' | 'code' | 'math';
  readonly spans: readonly RichSpan[];
}

type Style = InlineStyle;

function styleOf(style: Style): Omit<RichSpan, 'text'> {
  return {
    ...(style.bold > 0 ? {bold: true} : {}),
    ...(style.italic > 0 ? {italic: true} : {}),
    ...(style.strike > 0 ? {strike: true} : {}),
    ...(style.href !== null ? {link: true} : {}),
  };
}

const clean = (text: string) => sanitizeTerminalText(text);

class LineWriter {
  readonly lines: RichLine[] = [];
  #spans: RichSpan[] = [];

  /** Adds text, breaking lines at `\n`. */
  add(text: string, style: Omit<RichSpan, 'text'> = {}): void {
    text.split('\n').forEach((part, index) => {
      if (index > 0) this.breakLine();
      if (part !== '') this.#spans.push({...style, text: clean(part)});
    });
  }

  breakLine(): void {
    this.lines.push({kind: 'text', spans: this.#spans});
    this.#spans = [];
  }

  push(line: RichLine): void {
    this.lines.push(line);
  }
}

function writeInline(writer: LineWriter, tokens: readonly Token[]): void {
  const style = plainInlineStyle();
  for (const token of tokens) {
    // A link's URL follows its text, so the close is written before the style forgets it.
    if (token.type === 'link_close') writer.add(` <${style.href ?? ''}>`, {url: true});
    if (applyStyleToken(style, token)) continue;
    if (token.type === 'text') writer.add(token.content, styleOf(style));
    else if (token.type === 'code_inline')
      writer.add(token.content, {...styleOf(style), code: true});
    else if (token.type === 'math_inline') {
      writer.add(`$${token.content}$`, {...styleOf(style), math: true});
    }
  }
}

function writeBlock(writer: LineWriter, block: MarkdownBlock, first: boolean): void {
  if (block.kind === 'inline' || block.kind === 'gap') {
    if (!first) writer.add('\n');
    if (block.kind === 'gap') writer.add(block.text);
    else {
      writer.add(block.leading);
      writeInline(writer, block.tokens);
      writer.add(block.trailing);
    }
    return;
  }
  // A code or math block stands on lines of its own.
  if (!first) writer.breakLine();
  if (block.kind === 'code') {
    writer.push({kind: 'label', spans: [{text: clean(block.language || 'code')}]});
    for (const line of block.text.split('\n')) {
      writer.push({kind: 'code', spans: [{text: clean(line), code: true}]});
    }
  } else {
    for (const line of ['$$', ...block.tex.split('\n'), '$$']) {
      writer.push({kind: 'math', spans: [{text: clean(line), math: true}]});
    }
  }
}

/**
 * Card Markdown as terminal lines of styled spans (bold, italic, strikethrough, code, `$math$`,
 * links as text plus ` <url>`, code blocks under a language label). All text is sanitised.
 */
export function markdownToRichLines(markdown: string): RichLine[] {
  const writer = new LineWriter();
  const blocks = parseMarkdown(markdown);
  let afterBlock = false;
  blocks.forEach((block, index) => {
    const isText = block.kind === 'inline' || block.kind === 'gap';
    // After a code or math block the next prose starts a fresh line without an extra break.
    writeBlock(writer, block, index === 0 || (afterBlock && isText));
    afterBlock = !isText;
  });
  if (!afterBlock) writer.breakLine();
  return writer.lines;
}

/** The spans of a one-line rendering: lines joined by a space (lists, options, titles). */
export function markdownToRichSpans(markdown: string): RichSpan[] {
  const out: RichSpan[] = [];
  markdownToRichLines(markdown).forEach((line, index) => {
    if (index > 0) out.push({text: ' '});
    out.push(...line.spans);
  });
  return out;
}

/** A span as text with markers, for terminals without colour or styles (`NO_COLOR`). */
export function markedSpanText(span: RichSpan): string {
  let text = span.text;
  if (span.code) text = `\`${text}\``;
  if (span.strike) text = `~~${text}~~`;
  if (span.italic) text = `_${text}_`;
  if (span.bold) text = `**${text}**`;
  return text;
}
