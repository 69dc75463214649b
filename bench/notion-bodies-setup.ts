import {type FakeBlock, textBlock} from '../test/fakes/notion-blocks.js';
import type {FakeDatabase} from '../test/fakes/notion-model.js';
import type {FakeNotionServer} from '../test/fakes/notion-server.js';

/** A changed page and the body it now has. */
export interface ChangedBody {
  pageId: string;
  blocks: FakeBlock[];
}

// Bodies as people write them: mostly a few paragraphs, every 10th with a toggled list,
// every 100th longer than one response.
function bodyFor(n: number): FakeBlock[] {
  const text = (i: number) => textBlock('paragraph', `Explanation ${n}.${i}`);
  if (n % 100 === 0) return Array.from({length: 130}, (_, i) => text(i));
  if (n % 10 === 0) {
    const items = Array.from({length: 5}, (_, i) => textBlock('bulleted_list_item', `Step ${i}`));
    return [text(0), textBlock('toggle', 'Worked example', items)];
  }
  return [text(0), text(1), text(2)];
}

/** Gives every flashcard page a new body (as edits in Notion would) a few minutes later. */
export function changeBodies(fake: FakeNotionServer, cards: FakeDatabase): ChangedBody[] {
  fake.advanceClock(5 * 60_000);
  return cards.dataSource.pages.map((page, n) => {
    const blocks = bodyFor(n);
    fake.setPageBody(page.id, blocks);
    return {pageId: page.id, blocks};
  });
}

const walkable = (block: FakeBlock) =>
  (block.children?.length ?? 0) > 0 &&
  !['child_page', 'child_database', 'unsupported'].includes(block.type);

function containerRequests(children: readonly FakeBlock[]): number {
  const own = Math.max(1, Math.ceil(children.length / 100));
  return (
    own + children.filter(walkable).reduce((s, b) => s + containerRequests(b.children ?? []), 0)
  );
}

/** The fewest requests that read these bodies: one per 100 children of each container. */
export function bodyRequestMinimum(bodies: readonly ChangedBody[]): number {
  return bodies.reduce((sum, body) => sum + containerRequests(body.blocks), 0);
}
