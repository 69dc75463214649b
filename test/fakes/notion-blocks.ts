// Page bodies as `GET /v1/blocks/{block_id}/children` serves them
// (https://developers.notion.com/reference/get-block-children; makenotion/notion-sdk-js
// src/api-endpoints.ts `listBlockChildren`): only the first level of children, at most
// `page_size` (≤ 100) per response, `next_cursor` = the id of the next block, `has_children`
// telling the client to recurse, 404 for an id the integration cannot see. Block objects carry
// their type's payload under the type's name; block types the API does not support come back
// as `type: "unsupported"` with their children hidden.
import {errorAnswer, type HttpAnswer} from './notion-faults.js';
import {normalizeId, notionTimestamp} from './notion-model.js';
import {FakeValidationError} from './notion-query.js';

/** A block of a fake page body: its type, that type's payload, and nested children. */
export interface FakeBlock {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  children?: FakeBlock[];
}

interface Stored {
  children: FakeBlock[];
  parent: {type: 'page_id'; page_id: string} | {type: 'block_id'; block_id: string};
}

/** Every page body and nested block, by container id. */
export class FakeBlockStore {
  readonly #containers = new Map<string, Stored>();
  /** Epoch ms stamped on blocks as created/edited. */
  stamp = Date.parse('2025-01-01T00:00:00Z');

  /** Replaces a page's body (the caller bumps the page's last_edited_time). */
  setBody(pageId: string, blocks: FakeBlock[]): void {
    const id = normalizeId(pageId);
    this.#containers.set(id, {children: blocks, parent: {type: 'page_id', page_id: id}});
    this.#index(blocks);
  }

  /** True when the id is a page with a body or a block. */
  has(id: string): boolean {
    return this.#containers.has(normalizeId(id));
  }

  #index(blocks: FakeBlock[]): void {
    for (const block of blocks) {
      const id = normalizeId(block.id);
      this.#containers.set(id, {
        children: block.children ?? [],
        parent: {type: 'block_id', block_id: id},
      });
      this.#index(block.children ?? []);
    }
  }

  /** The answer to `GET /v1/blocks/:id/children`; pages without a body have no blocks. */
  children(id: string, url: URL, isPage: boolean): HttpAnswer {
    const container = this.#containers.get(normalizeId(id));
    if (!container && !isPage) {
      return errorAnswer(
        404,
        'object_not_found',
        `Could not find block with ID: ${id}. Make sure the relevant pages and databases are shared with your integration.`,
      );
    }
    const all = container?.children ?? [];
    const rawSize = url.searchParams.get('page_size');
    const size = rawSize === null ? 100 : Number(rawSize);
    if (!Number.isInteger(size) || size < 1 || size > 100) {
      throw new FakeValidationError(
        `page_size should be ≤ \`100\`, instead was \`${String(rawSize)}\`.`,
      );
    }
    const cursor = url.searchParams.get('start_cursor');
    const start = cursor === null ? 0 : all.findIndex((b) => b.id === cursor);
    if (start < 0) throw new FakeValidationError(`start_cursor provided is invalid: ${cursor}`);
    const end = Math.min(all.length, start + size);
    const parent = container?.parent ?? {type: 'page_id', page_id: normalizeId(id)};
    return {
      status: 200,
      body: {
        object: 'list',
        results: all.slice(start, end).map((block) => this.#render(block, parent)),
        next_cursor: end < all.length ? (all[end]?.id ?? null) : null,
        has_more: end < all.length,
        type: 'block',
        block: {},
        request_id: 'fake-request',
      },
    };
  }

  #render(block: FakeBlock, parent: Record<string, unknown>): Record<string, unknown> {
    const user = {object: 'user', id: '00000000-0000-4000-8000-00000000b07e'};
    const time = notionTimestamp(this.stamp);
    return {
      object: 'block',
      id: block.id,
      parent,
      created_time: time,
      last_edited_time: time,
      created_by: user,
      last_edited_by: user,
      // Notion does not expose an unsupported block's children.
      has_children: block.type !== 'unsupported' && (block.children?.length ?? 0) > 0,
      archived: false,
      in_trash: false,
      type: block.type,
      [block.type]: block.payload,
    };
  }
}

let counter = 0;

/** A block with a fresh id (deterministic per process). */
export function fakeBlock(
  type: string,
  payload: Record<string, unknown>,
  children?: FakeBlock[],
): FakeBlock {
  counter += 1;
  const hex = counter.toString(16).padStart(12, '0');
  return {id: `b10c0000-0000-4000-8000-${hex}`, type, payload, ...(children ? {children} : {})};
}

/** A paragraph (or other text block) holding plain rich text. */
export function textBlock(type: string, text: string, children?: FakeBlock[]): FakeBlock {
  const richText = [
    {
      type: 'text',
      text: {content: text, link: null},
      annotations: {
        bold: false,
        italic: false,
        strikethrough: false,
        underline: false,
        code: false,
        color: 'default',
      },
      plain_text: text,
      href: null,
    },
  ];
  return fakeBlock(type, {rich_text: richText, color: 'default'}, children);
}
