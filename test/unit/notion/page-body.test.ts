import {afterAll, beforeAll, expect, it} from 'vitest';
import {blocksToMarkdown} from '../../../source/notion/blocks-markdown.js';
import {NotionClient} from '../../../source/notion/client.js';
import {fetchPageBlocks} from '../../../source/notion/page-blocks.js';
import {pageBodyMarkdown} from '../../../source/notion/page-body.js';
import {richTextToPlain} from '../../../source/notion/rich-text.js';
import {awkwardBody, awkwardBodyRequests} from '../../fakes/notion-bodies.js';
import {FakeNotionServer} from '../../fakes/notion-server.js';
import {generateWorkspace} from '../../fakes/notion-workspace.js';

let server: FakeNotionServer;
let pageId: string;
let client: NotionClient;

beforeAll(async () => {
  const workspace = generateWorkspace({seed: 5, flashcards: 3});
  server = await FakeNotionServer.start({databases: workspace.databases, now: workspace.now});
  pageId = workspace.entity.flashcards.dataSource.pages[0]!.id;
  server.setPageBody(pageId, awkwardBody());
  client = new NotionClient({token: server.token, baseUrl: server.url, rateLimit: 0});
});
afterAll(() => server.close());

it('fetches a body with nested children and cursors in the fewest requests', async () => {
  const body = await fetchPageBlocks(client, pageId);
  expect(body.requests).toBe(awkwardBodyRequests);
  expect(server.requestsTo('/children')).toHaveLength(awkwardBodyRequests);
  expect(body.blocks).toHaveLength(111);
  const toggle = body.blocks.find((b) => b.type === 'toggle');
  expect(toggle?.children).toHaveLength(120);
  const list = body.blocks.find((b) => b.type === 'numbered_list_item');
  expect(list?.children?.[0]?.children?.[0]?.type).toBe('paragraph');
  // Sub-pages are pages of their own; unsupported blocks hide their children.
  expect(body.blocks.find((b) => b.type === 'child_page')?.children).toBeUndefined();
  expect(body.blocks.find((b) => b.type === 'unsupported')?.children).toBeUndefined();
  // Stored without authorship or timestamps.
  expect(Object.keys(body.blocks[0]!).sort()).toEqual(['heading_2', 'id', 'type']);
});

it('the fake serves block children as the API does: cursors, page size, 404', async () => {
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, {
      headers: {authorization: `Bearer ${server.token}`, 'notion-version': '2025-09-03'},
    });
    return {status: response.status, body: (await response.json()) as Record<string, unknown>};
  };
  const first = await get(`/v1/blocks/${pageId}/children?page_size=100`);
  const results = first.body.results as {id: string; object: string; parent: unknown}[];
  expect(first.body).toMatchObject({object: 'list', type: 'block', has_more: true});
  expect(results[0]).toMatchObject({object: 'block', parent: {type: 'page_id', page_id: pageId}});
  const next = await get(`/v1/blocks/${pageId}/children?start_cursor=${first.body.next_cursor}`);
  expect((next.body.results as {id: string}[])[0]?.id).toBe(first.body.next_cursor);
  expect(next.body).toMatchObject({has_more: false, next_cursor: null});
  expect((await get(`/v1/blocks/${pageId}/children?page_size=101`)).status).toBe(400);
  const missing = await get('/v1/blocks/00000000-0000-4000-8000-0000000000ff/children');
  expect(missing).toMatchObject({status: 404, body: {code: 'object_not_found'}});
});

it('a page without a body costs one request and stores no blocks', async () => {
  const other = server.databases.values().next().value!.dataSource.pages[0]!;
  expect((await fetchPageBlocks(client, other.id)).blocks).toEqual([]);
});

it('renders the body as Markdown with files recorded by type and caption', async () => {
  const {blocks} = await fetchPageBlocks(client, pageId);
  const markdown = blocksToMarkdown(blocks, richTextToPlain);
  expect(markdown).toContain('## Why TCP needs a handshake\n\nBoth sides pick');
  expect(markdown).toContain('1. SYN\n  - client → server\n    ISN x\n2. SYN-ACK');
  expect(markdown).toContain('```shell\nss -tan state syn-sent\n```');
  expect(markdown).toContain('$$RTT = 2 \\cdot d_{prop}$$');
  expect(markdown).toContain('[image: The three-way handshake]');
  expect(markdown).toContain('[file: rfc9293.pdf]');
  expect(markdown).toContain('[page: Lab notes]');
  expect(markdown).not.toContain('hidden by the API');
  expect(markdown).not.toContain('files.example');
  expect(markdown).toContain('- All the states\n  - Item 0\n  - Item 1');
  expect(pageBodyMarkdown(blocks, 200).length).toBeLessThanOrEqual(202);
});

it('renders tables, to-dos, quotes and callouts; ignores what is not blocks', () => {
  const rich = (text: string) => [{type: 'text', plain_text: text}];
  const blocks = [
    {type: 'to_do', to_do: {rich_text: rich('read RFC'), checked: true}},
    {type: 'quote', quote: {rich_text: rich('Be conservative')}},
    {type: 'callout', callout: {rich_text: rich('Exam tip'), icon: {emoji: '💡'}}},
    {
      type: 'table',
      table: {table_width: 2},
      children: [
        {type: 'table_row', table_row: {cells: [rich('flag'), rich('meaning')]}},
        {type: 'table_row', table_row: {cells: [rich('SYN'), rich('a|b')]}},
      ],
    },
  ];
  expect(blocksToMarkdown(blocks, richTextToPlain)).toBe(
    '- [x] read RFC\n\n> Be conservative\n\n> 💡 Exam tip\n\n| flag | meaning |\n| --- | --- |\n| SYN | a\\|b |',
  );
  expect(blocksToMarkdown(null, richTextToPlain)).toBe('');
  expect(blocksToMarkdown([{nonsense: true}, 'x', 3], richTextToPlain)).toBe('');
});
