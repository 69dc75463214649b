import {tex} from '@mdit/plugin-tex';
import MarkdownIt from 'markdown-it';
import Token from 'markdown-it/lib/token.mjs';

// Card text is Markdown limited to what Notion's rich text can say: emphasis, strikethrough,
// code spans, links, `$…$` / `$$…$$` math (@mdit/plugin-tex, which leaves `$5 and $6` alone)
// and fenced code. Headings, lists, quotes, indented code, HTML, entities and autolinks stay
// off, so plain text that merely looks like them (a "- " line, a parsons line indented four
// spaces, "&amp;", "<b>") is text and needs no escaping.
const md = new MarkdownIt('zero', {html: false, linkify: false, typographer: false});
md.enable(['fence', 'escape', 'backticks', 'emphasis', 'strikethrough', 'link']);
// The plugin's render callback only serves md.render(), which nls never calls: every consumer
// walks the tokens (`math_inline` / `math_block`) itself.
md.use(tex, {delimiters: 'dollars', render: (content: string) => content});

/** The configured markdown-it instance (shared so every consumer parses the same dialect). */
export const markdownIt: MarkdownIt = md;

/** How deep inside each emphasis and which link an inline token stands. */
export interface InlineStyle {
  bold: number;
  italic: number;
  strike: number;
  href: string | null;
}

/** A style outside any emphasis or link. */
export const plainInlineStyle = (): InlineStyle => ({bold: 0, italic: 0, strike: 0, href: null});

/**
 * Applies an emphasis or link token to the running style; false for any other token (text, code,
 * math), which the caller writes in that style.
 */
export function applyStyleToken(style: InlineStyle, token: Token): boolean {
  switch (token.type) {
    case 'strong_open':
    case 'strong_close':
      style.bold += token.nesting;
      return true;
    case 'em_open':
    case 'em_close':
      style.italic += token.nesting;
      return true;
    case 's_open':
    case 's_close':
      style.strike += token.nesting;
      return true;
    case 'link_open':
      style.href = token.attrGet('href');
      return true;
    case 'link_close':
      style.href = null;
      return true;
    default:
      return false;
  }
}

/** One top-level piece of a card's Markdown. */
export type MarkdownBlock =
  | {
      readonly kind: 'inline';
      /** markdown-it inline tokens (text, code_inline, math_inline, *_open/close, …). */
      readonly tokens: readonly Token[];
      /** Whitespace markdown-it trimmed around the paragraph, kept so nothing is lost. */
      readonly leading: string;
      readonly trailing: string;
    }
  | {readonly kind: 'code'; readonly language: string; readonly text: string}
  | {readonly kind: 'math'; readonly tex: string}
  /** Source lines between blocks (blank or whitespace only), kept verbatim. */
  | {readonly kind: 'gap'; readonly text: string};

// A character that can begin markup in this dialect. Text without one is its own plain form,
// which is what keeps plain cards on today's byte-identical path without parsing them.
const markupStart = /[*_~`[$\\]/;

/** True when the text has no character that could start Markdown markup. */
export function isMarkupFree(text: string): boolean {
  return !markupStart.test(text);
}

function normalize(text: string): string {
  return text.replace(/\r\n?/g, '\n').replaceAll('\u0000', '\uFFFD');
}

function paragraph(lines: readonly string[], map: [number, number], inline: Token | undefined) {
  const source = lines.slice(map[0], map[1]).join('\n');
  return {
    kind: 'inline' as const,
    tokens: inline?.children ?? [],
    leading: /^\s*/.exec(source)?.[0] ?? '',
    trailing: source.trimStart() === '' ? '' : (/\s*$/.exec(source)?.[0] ?? ''),
  };
}

function blockOf(tokens: readonly Token[], index: number, lines: readonly string[]) {
  const token = tokens[index]!;
  const map = (token.map ?? [0, 0]) as [number, number];
  if (token.type === 'paragraph_open') return paragraph(lines, map, tokens[index + 1]);
  if (token.type === 'fence') {
    const text = token.content.endsWith('\n') ? token.content.slice(0, -1) : token.content;
    return {kind: 'code' as const, language: token.info.trim(), text};
  }
  if (token.type === 'math_block') {
    return {kind: 'math' as const, tex: token.content.replace(/\n$/, '')};
  }
  return null;
}

/**
 * Parses card Markdown into top-level blocks, with the blank lines between them kept as gaps so
 * every consumer can reproduce the text's line structure exactly.
 */
export function parseMarkdown(text: string): MarkdownBlock[] {
  const source = normalize(text);
  if (isMarkupFree(source)) {
    return [{kind: 'inline', tokens: plainTokens(source), leading: '', trailing: ''}];
  }
  const lines = source.split('\n');
  const tokens = md.parse(source, {});
  const blocks: MarkdownBlock[] = [];
  let line = 0;
  for (let index = 0; index < tokens.length; index += 1) {
    const block = blockOf(tokens, index, lines);
    const map = tokens[index]!.map;
    if (block === null || map === null || tokens[index]!.level !== 0) continue;
    if (map[0] > line) blocks.push({kind: 'gap', text: lines.slice(line, map[0]).join('\n')});
    blocks.push(block);
    line = map[1];
  }
  if (line < lines.length) {
    blocks.push({kind: 'gap', text: lines.slice(line).join('\n')});
  }
  return blocks;
}

function plainTokens(source: string): Token[] {
  const text = new Token('text', '', 0);
  text.content = source;
  return [text];
}
