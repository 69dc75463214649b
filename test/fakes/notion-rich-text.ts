// Annotated rich text as the Notion API returns it in title and rich_text property values. The
// shapes follow `RichTextItemResponse` in makenotion/notion-sdk-js (src/api-endpoints/common.ts):
// `TextRichTextItemResponse`, `MentionRichTextItemResponse` and `EquationRichTextItemResponse`,
// each with `annotations` (bold, italic, strikethrough, underline, code, color), `plain_text`
// and `href`. A text item's `href` is its link's URL; a page mention's `plain_text` is the page
// title and its `href` the page URL; an equation's `plain_text` is the TeX expression
// (developers.notion.com/reference/rich-text).
import type {StoredValue} from './notion-values.js';

/** Annotations a test may set (the rest stay Notion's defaults). */
export interface Marks {
  bold?: boolean;
  italic?: boolean;
  strikethrough?: boolean;
  underline?: boolean;
  code?: boolean;
  color?: string;
}

const annotations = (marks: Marks = {}) => ({
  bold: false,
  italic: false,
  strikethrough: false,
  underline: false,
  code: false,
  color: 'default',
  ...marks,
});

/** A text item, optionally annotated and linked. */
export function textItem(content: string, marks?: Marks, link?: string) {
  return {
    type: 'text',
    text: {content, link: link === undefined ? null : {url: link}},
    annotations: annotations(marks),
    plain_text: content,
    href: link ?? null,
  };
}

/** An inline equation item. */
export function equationItem(expression: string, marks?: Marks) {
  return {
    type: 'equation',
    equation: {expression},
    annotations: annotations(marks),
    plain_text: expression,
    href: null,
  };
}

/** A page mention: the page's title as text, its URL as `href`. */
export function pageMentionItem(pageId: string, title: string, marks?: Marks) {
  return {
    type: 'mention',
    mention: {type: 'page', page: {id: pageId}},
    annotations: annotations(marks),
    plain_text: title,
    href: `https://www.notion.so/${pageId.replaceAll('-', '')}`,
  };
}

/** A user mention: `@Name` as text, no link. */
export function userMentionItem(userId: string, name: string) {
  return {
    type: 'mention',
    mention: {type: 'user', user: {object: 'user', id: userId}},
    annotations: annotations(),
    plain_text: `@${name}`,
    href: null,
  };
}

/** A date mention: the date as text. */
export function dateMentionItem(start: string) {
  return {
    type: 'mention',
    mention: {type: 'date', date: {start, end: null, time_zone: null}},
    annotations: annotations(),
    plain_text: start,
    href: null,
  };
}

/** A rich_text property value from items. */
export const richTextOf = (items: unknown[]): StoredValue => ({
  type: 'rich_text',
  rich_text: items,
});
/** A title property value from items. */
export const titleOf = (items: unknown[]): StoredValue => ({type: 'title', title: items});
