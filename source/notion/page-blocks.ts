import type {BlockChildrenPage} from './client.js';

/** The client call a body fetch needs (a {@link NotionClient} satisfies it). */
export interface BlocksClient {
  listBlockChildren(blockId: string, startCursor?: string): Promise<BlockChildrenPage>;
}

/** A block as stored in raw_content: its type, that type's payload, and its children. */
export interface StoredBlock {
  id: string;
  type: string;
  /** The type's payload sits under the type's name, as in the API (e.g. `paragraph`). */
  [payload: string]: unknown;
  children?: StoredBlock[];
}

/** A page body and what it cost. */
export interface FetchedBody {
  blocks: StoredBlock[];
  requests: number;
}

// Sub-pages and inline databases are pages of their own, not part of this page's body.
const separatePages = new Set(['child_page', 'child_database']);
// Notion nests without limit; a body deeper than this is cut there rather than walked forever.
const maxDepth = 12;

// Keeps what Markdown and the model need; drops authorship, parents and timestamps.
function stored(block: Record<string, unknown>): StoredBlock {
  const type = typeof block.type === 'string' ? block.type : 'unsupported';
  return {id: String(block.id ?? ''), type, [type]: block[type] ?? {}};
}

async function children(
  client: BlocksClient,
  blockId: string,
  depth: number,
  cost: {requests: number},
): Promise<StoredBlock[]> {
  const blocks: StoredBlock[] = [];
  let cursor: string | undefined;
  do {
    const page = await client.listBlockChildren(blockId, cursor);
    cost.requests += 1;
    for (const raw of page.results) {
      const block = stored(raw);
      if (raw.has_children === true && !separatePages.has(block.type) && depth < maxDepth) {
        block.children = await children(client, block.id, depth + 1, cost);
      }
      blocks.push(block);
    }
    cursor = page.has_more ? (page.next_cursor ?? undefined) : undefined;
  } while (cursor);
  return blocks;
}

/**
 * A page's blocks, children nested under their parents: 100 per request, following
 * `has_more` cursors and recursing where `has_children` says so. Files and images are kept as
 * their blocks (type, caption, link); nothing is downloaded.
 */
export async function fetchPageBlocks(client: BlocksClient, pageId: string): Promise<FetchedBody> {
  const cost = {requests: 0};
  const blocks = await children(client, pageId, 0, cost);
  return {blocks, requests: cost.requests};
}
