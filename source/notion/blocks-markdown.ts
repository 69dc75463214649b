import {isRecord, own, ownString} from './json-shape.js';

/** Renders one rich-text array (a block's text, a caption) as Markdown; null when it is none. */
export type RichTextRenderer = (richText: unknown) => string | null;

// Stored blocks come from a JSONB column, so every field is read through the guards.
interface Context {
  renderText: RichTextRenderer;
  /** Indentation of the current nesting level. */
  indent: string;
}

const textOf = (payload: unknown, key: string, ctx: Context): string =>
  ctx.renderText(own(payload, key)) ?? '';

// Files live behind expiring links: a body records what they are and never fetches them.
const fileTypes = new Set(['image', 'file', 'pdf', 'video', 'audio']);
// Navigation aids and blocks the API cannot show have nothing to say about a card.
const silent = new Set(['breadcrumb', 'table_of_contents', 'unsupported', 'template']);

function fileLine(type: string, payload: unknown, ctx: Context): string {
  const caption = textOf(payload, 'caption', ctx).trim();
  const name = ownString(payload, 'name');
  const label = caption || name || '';
  return `[${type}${label ? `: ${label}` : ''}]`;
}

function linkLine(payload: unknown, ctx: Context): string {
  const url = ownString(payload, 'url') ?? '';
  const caption = textOf(payload, 'caption', ctx).trim();
  return caption ? `[${caption}](${url})` : `<${url}>`;
}

function tableRows(children: unknown[], ctx: Context): string[] {
  const rows = children.map((row) =>
    ((own(own(row, 'table_row'), 'cells') ?? []) as unknown[]).map((cell) =>
      (ctx.renderText(cell) ?? '').replaceAll('|', '\\|').replaceAll('\n', ' '),
    ),
  );
  const width = Math.max(1, ...rows.map((cells) => cells.length));
  const line = (cells: string[]) =>
    `| ${Array.from({length: width}, (_, i) => cells[i] ?? '').join(' | ')} |`;
  const [head, ...rest] = rows;
  return [line(head ?? []), line(Array(width).fill('---')), ...rest.map(line)];
}

/** The lines of one block itself (its children are rendered by the caller). */
function blockLines(type: string, payload: unknown, ctx: Context, index: number): string[] {
  const text = () => textOf(payload, 'rich_text', ctx);
  switch (type) {
    case 'paragraph':
      return [text()];
    case 'heading_1':
    case 'heading_2':
    case 'heading_3':
    case 'heading_4':
      return [`${'#'.repeat(Number(type.slice(-1)))} ${text()}`];
    case 'bulleted_list_item':
    case 'toggle':
      return [`- ${text()}`];
    case 'numbered_list_item':
      return [`${index}. ${text()}`];
    case 'to_do':
      return [`- [${own(payload, 'checked') === true ? 'x' : ' '}] ${text()}`];
    case 'quote':
      return [`> ${text()}`];
    case 'callout': {
      const emoji = ownString(own(payload, 'icon'), 'emoji');
      return [`> ${emoji ? `${emoji} ` : ''}${text()}`];
    }
    case 'code': {
      const language = ownString(payload, 'language') ?? '';
      return [`\`\`\`${language === 'plain text' ? '' : language}`, ...text().split('\n'), '```'];
    }
    case 'equation':
      return [`$$${ownString(payload, 'expression') ?? ''}$$`];
    case 'divider':
      return ['---'];
    case 'bookmark':
    case 'embed':
    case 'link_preview':
      return [linkLine(payload, ctx)];
    case 'child_page':
    case 'child_database':
      return [
        `[${type === 'child_page' ? 'page' : 'database'}: ${ownString(payload, 'title') ?? ''}]`,
      ];
    case 'link_to_page':
      return ['[link to a page]'];
    default:
      if (fileTypes.has(type)) return [fileLine(type, payload, ctx)];
      if (silent.has(type)) return [];
      // Containers (columns, synced blocks) show only their children; other new types their text.
      return isRecord(payload) && Array.isArray(payload.rich_text) ? [text()] : [];
  }
}

// List items and toggles nest their children under themselves; other blocks list them after.
const nestsChildren = new Set(['bulleted_list_item', 'numbered_list_item', 'to_do', 'toggle']);

function render(blocks: readonly unknown[], ctx: Context, out: string[]): void {
  let number = 0;
  let inList = false;
  for (const block of blocks) {
    const type = ownString(block, 'type') ?? 'unsupported';
    number = type === 'numbered_list_item' ? number + 1 : 0;
    // Top-level blocks are separated by blank lines; inside a list item they stay tight.
    const spaced = ctx.indent === '';
    if (spaced && inList && !nestsChildren.has(type)) out.push('');
    inList = nestsChildren.has(type);
    const children = own(block, 'children');
    const kids = Array.isArray(children) ? children : [];
    if (type === 'table') {
      out.push(...tableRows(kids, ctx).map((line) => ctx.indent + line), ...(spaced ? [''] : []));
      continue;
    }
    const lines = blockLines(type, own(block, type), ctx, number);
    out.push(...lines.map((line) => ctx.indent + line));
    const listLike = nestsChildren.has(type);
    if (spaced && lines.length > 0 && !listLike) out.push('');
    if (kids.length > 0) {
      const indent = listLike ? `${ctx.indent}  ` : ctx.indent;
      render(kids, {...ctx, indent}, out);
    }
  }
}

/**
 * A page body (stored blocks, children nested) as Markdown. Rich text goes through
 * `renderText`, so the same walk serves plain text and the rich-text Markdown renderer.
 */
export function blocksToMarkdown(blocks: unknown, renderText: RichTextRenderer): string {
  if (!Array.isArray(blocks)) return '';
  const out: string[] = [];
  render(blocks, {renderText, indent: ''}, out);
  return out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
