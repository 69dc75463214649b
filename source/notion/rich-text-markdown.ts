import {markdownToPlain} from '../text/markdown-plain.js';
import {isRecord, own, ownString} from './json-shape.js';
import {richTextToPlain} from './rich-text.js';

// Notion rich text → card Markdown. The shapes are the API's RichTextItemResponse
// (makenotion/notion-sdk-js, src/api-endpoints/common.ts): every item has `plain_text`, `href` and
// `annotations {bold, italic, strikethrough, underline, code, color}`, and is one of
// `{type: "text", text: {content, link: {url} | null}}`,
// `{type: "mention", mention: {type: "page", page: {id}} | {type: "user", …} | …}` or
// `{type: "equation", equation: {expression}}` (developers.notion.com/reference/rich-text).
// Underline and colour have no Markdown form and are dropped.

interface Run {
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  code: boolean;
  href: string | null;
  math: boolean;
}

function flag(annotations: unknown, key: string): boolean {
  return own(annotations, key) === true;
}

// A page mention links to the page (Notion gives its URL as `href`); other mentions (people,
// dates, link previews) are just their text.
function mentionHref(item: unknown): string | null {
  const mention = own(item, 'mention');
  if (ownString(mention, 'type') !== 'page') return null;
  const href = ownString(item, 'href');
  if (href !== null) return href;
  const id = ownString(own(mention, 'page'), 'id');
  return id === null ? null : `https://www.notion.so/${id.replaceAll('-', '')}`;
}

function runOf(item: unknown): Run {
  const annotations = own(item, 'annotations');
  const type = ownString(item, 'type');
  const expression = ownString(own(item, 'equation'), 'expression');
  const math = type === 'equation' && expression !== null;
  const link = ownString(own(own(item, 'text'), 'link'), 'url');
  return {
    text: math ? expression.trim() : (richTextToPlain(item) ?? ''),
    bold: flag(annotations, 'bold'),
    italic: flag(annotations, 'italic'),
    strike: flag(annotations, 'strikethrough'),
    code: flag(annotations, 'code'),
    href: type === 'mention' ? mentionHref(item) : (link ?? ownString(item, 'href')),
    math,
  };
}

const sameStyle = (a: Run, b: Run) =>
  !a.math &&
  !b.math &&
  a.bold === b.bold &&
  a.italic === b.italic &&
  a.strike === b.strike &&
  a.code === b.code &&
  a.href === b.href;

// Notion splits one styled phrase into several items (at a link, a mention, an edit); joined
// back, the phrase gets one pair of markers instead of `**a****b**`.
function mergeRuns(runs: readonly Run[]): Run[] {
  const out: Run[] = [];
  for (const run of runs) {
    const last = out.at(-1);
    if (last && sameStyle(last, run)) last.text += run.text;
    else if (run.text !== '') out.push({...run});
  }
  return out;
}

const special = /[\\*_~`[\]$]/g;

/** Every character that could be read as markup, backslash-escaped. */
function escapeAll(text: string): string {
  return text.replace(special, (ch) => `\\${ch}`);
}

// A code span needs a backtick fence longer than any backtick run inside it, and padding when
// the content touches a backtick or would lose a space to CommonMark's stripping rule.
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(text) || (/^ .*[^ ].* $/s.test(text) && text.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}

// Parentheses, spaces and angle brackets would end or break a link destination.
function linkTarget(url: string): string {
  return url.replace(/[\s()<>]/g, (ch) => `%${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

function styled(run: Run): string {
  if (run.math) return `$${run.text}$`;
  // Multi-line code stays one span per line: a span cannot hold a line break.
  let body = run.code
    ? run.text
        .split('\n')
        .map((line) => (line === '' ? '' : codeSpan(line)))
        .join('\n')
    : escapeAll(run.text);
  // Markers must touch text on both sides to count, so edge whitespace moves outside them.
  const [, lead = '', core = '', tail = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(body) ?? [];
  if (core === '') return body;
  body = core;
  if (run.strike) body = `~~${body}~~`;
  if (run.italic) body = `*${body}*`;
  if (run.bold) body = `**${body}**`;
  if (run.href !== null) body = `[${body}](${linkTarget(run.href)})`;
  return `${lead}${body}${tail}`;
}

const isPlain = (run: Run) =>
  !run.math && !run.bold && !run.italic && !run.strike && !run.code && run.href === null;

/**
 * The fewest escapes that keep `parts` reading as the text it holds: all plain text escaped,
 * then each escape dropped again where dropping it changes nothing. Plain text that parses as
 * nothing keeps no escape at all (byte-identical to the text).
 */
function minimalEscapes(parts: readonly (string | Run)[], expected: string): string | null {
  const plainChars = parts.map((p) => (typeof p === 'string' ? p : escapeAll(p.text)));
  const render = () => plainChars.join('');
  if (markdownToPlain(render()) !== expected) return null;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index];
    if (typeof part === 'string' || part === undefined) continue;
    let text = plainChars[index]!;
    for (let at = text.indexOf('\\'); at !== -1; at = text.indexOf('\\', at + 1)) {
      const without = text.slice(0, at) + text.slice(at + 1);
      plainChars[index] = without;
      if (markdownToPlain(render()) === expected) text = without;
      else plainChars[index] = text;
    }
  }
  return render();
}

const specialCap = 256;

/**
 * A Notion rich-text array (or one item) as card Markdown: `**bold**`, `*italic*`, `~~strike~~`,
 * `` `code` ``, `[text](url)` (page mentions link to the page), `$equation$`. Text without
 * annotations is kept as written, escaped only where it would otherwise parse as markup; when
 * formatting cannot be expressed without changing the text, the text wins. Null if neither.
 */
export function richTextToMarkdown(richText: unknown): string | null {
  const items = Array.isArray(richText) ? richText : isRecord(richText) ? [richText] : null;
  if (items === null) return null;
  const runs = mergeRuns(items.map(runOf));
  const expected = runs.map((run) => run.text).join('');
  const parts = runs.map((run) => (isPlain(run) ? run : styled(run)));
  const raw = parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
  if (markdownToPlain(raw) === expected) return raw;
  // Escaping costs one parse per special character; a text full of them is escaped wholesale.
  if ((expected.match(special) ?? []).length > specialCap) {
    const all = parts.map((p) => (typeof p === 'string' ? p : escapeAll(p.text))).join('');
    return markdownToPlain(all) === expected ? all : expected;
  }
  const escaped = minimalEscapes(parts, expected);
  if (escaped !== null) return escaped;
  // The styles could not be written without altering the text: keep the text, unstyled.
  return minimalEscapes([plainRun(expected)], expected) ?? expected;
}

function plainRun(text: string): Run {
  return {text, bold: false, italic: false, strike: false, code: false, href: null, math: false};
}
