import type {PageObjectResponse} from '@notionhq/client';
import {afterEach, describe, expect, it} from 'vitest';
import {NotionClient} from '../../../source/notion/client.js';
import {iterateDataSource, type WalkOptions} from '../../../source/notion/data-source-walk.js';
import {readRelationIds} from '../../../source/notion/property-readers.js';
import {type FakeNotionOptions, FakeNotionServer} from '../../fakes/notion-server.js';
import {recordingTiming} from '../../fakes/notion-test-timing.js';
import * as v from '../../fakes/notion-values.js';
import {type GeneratedWorkspace, generateWorkspace} from '../../fakes/notion-workspace.js';

let server: FakeNotionServer | undefined;

async function setup(flashcards: number, options: FakeNotionOptions = {}) {
  const workspace = generateWorkspace({seed: 3, flashcards});
  server = await FakeNotionServer.start({
    databases: workspace.databases,
    now: workspace.now,
    ...options,
  });
  const notion = new NotionClient({
    token: server.token,
    baseUrl: server.url,
    rateLimit: 0,
    timing: recordingTiming(),
  });
  return {workspace, server, notion};
}

async function collect(notion: NotionClient, dataSourceId: string, options: WalkOptions = {}) {
  const walk = iterateDataSource(notion, dataSourceId, options);
  const pages: PageObjectResponse[] = [];
  for await (const page of walk) pages.push(page);
  return {pages, status: walk.status};
}

const cardsOf = (w: GeneratedWorkspace) => w.entity.flashcards.dataSource;

afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('iterateDataSource', () => {
  it('walks every page once and reports a complete walk', async () => {
    const {workspace, notion} = await setup(250);
    const {pages, status} = await collect(notion, cardsOf(workspace).id);
    expect(new Set(pages.map((p) => p.id)).size).toBe(250);
    expect(status).toMatchObject({complete: true, pages: 250, queries: 3, capContinuations: 0});
  });

  it('continues past the per-query row cap with created_time windows', async () => {
    const {workspace, notion, server} = await setup(250, {resultCap: 40});
    const {pages, status} = await collect(notion, cardsOf(workspace).id, {pageSize: 10});
    const ids = pages.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(250);
    expect(status.complete).toBe(true);
    expect(status.capContinuations).toBeGreaterThanOrEqual(6);
    const queries = server.requestsTo('/query').map((r) => r.body as Record<string, unknown>);
    expect(queries[0]?.filter).toBeUndefined();
    expect(queries.at(-1)).toMatchObject({
      filter: {timestamp: 'created_time', created_time: {on_or_after: expect.any(String)}},
      sorts: [{timestamp: 'created_time', direction: 'ascending'}],
    });
  });

  it('stops incomplete when more rows than the cap share one creation minute', async () => {
    const {workspace, notion, server} = await setup(5, {resultCap: 20});
    for (let i = 0; i < 30; i++)
      server.addPage(cardsOf(workspace).id, {Question: v.title(`Bulk ${i}`)});
    const {pages, status} = await collect(notion, cardsOf(workspace).id, {pageSize: 10});
    expect(status.complete).toBe(false);
    expect(status.incompleteReason).toMatch(/creation minute/);
    expect(pages.length).toBeLessThan(35);
  });

  it('fetches only pages edited since the checkpoint, minute rounding included', async () => {
    const {workspace, notion, server} = await setup(120);
    server.advanceClock(2 * 3_600_000 + 30_000);
    const checkpoint = server.now;
    const [a, b, c] = cardsOf(workspace).pages;
    server.editPage(a?.id ?? '', {Answer: v.richText('edited in the checkpoint minute')});
    server.advanceClock(20_000);
    server.editPage(b?.id ?? '', {Status: v.select('Archived')});
    server.trashPage(c?.id ?? '');
    const added = server.addPage(cardsOf(workspace).id, {Question: v.title('What is QUIC?')});
    const since = new Date(checkpoint - 120_000).toISOString();
    const {pages, status} = await collect(notion, cardsOf(workspace).id, {sinceIso: since});
    expect(pages.map((p) => p.id).sort()).toEqual([a?.id, b?.id, added.id].sort());
    expect(status.complete).toBe(true);
    expect(server.requests.at(-1)?.body).toMatchObject({
      filter: {timestamp: 'last_edited_time', last_edited_time: {on_or_after: since}},
    });
  });

  it('leaves trashed pages out of a full walk', async () => {
    const {workspace, notion, server} = await setup(30);
    const trashed = cardsOf(workspace).pages[4]?.id ?? '';
    server.trashPage(trashed);
    const {pages} = await collect(notion, cardsOf(workspace).id);
    expect(pages).toHaveLength(29);
    expect(pages.some((p) => p.id === trashed)).toBe(false);
  });

  it('expands relations Notion truncated at 25', async () => {
    const {workspace, notion} = await setup(60);
    const {pages, status} = await collect(notion, workspace.entity.concepts.dataSource.id);
    const big = pages.find((p) => p.id === workspace.bigConceptId);
    const expected = server?.page(workspace.bigConceptId).properties.Flashcards
      ?.relation as unknown[];
    expect(expected.length).toBeGreaterThan(25);
    expect(readRelationIds(big?.properties.Flashcards)).toHaveLength(expected.length);
    expect(big?.properties.Flashcards).toMatchObject({has_more: false});
    expect(status.relationsExpanded).toBeGreaterThanOrEqual(1);
  });

  it('keeps relations truncated when expansion is off', async () => {
    const {workspace, notion} = await setup(60);
    const {pages} = await collect(notion, workspace.entity.concepts.dataSource.id, {
      resolveRelations: false,
    });
    const big = pages.find((p) => p.id === workspace.bigConceptId);
    expect(readRelationIds(big?.properties.Flashcards)).toHaveLength(25);
    expect(big?.properties.Flashcards).toMatchObject({has_more: true});
  });

  it('is not complete when the consumer stops early or a request fails', async () => {
    const {workspace, notion, server} = await setup(250);
    const walk = iterateDataSource(notion, cardsOf(workspace).id);
    for await (const _page of walk) break;
    expect(walk.status.complete).toBe(false);
    server.faults.inject(1, {status: 400, match: {path: '/query'}});
    const failing = iterateDataSource(notion, cardsOf(workspace).id);
    await expect(async () => {
      for await (const _page of failing) {
        // drain
      }
    }).rejects.toThrow(/400/);
    expect(failing.status.complete).toBe(false);
  });

  it('asks for the kept properties by id once it knows them, and expands only kept relations', async () => {
    const {workspace, notion, server} = await setup(250);
    const concepts = workspace.entity.concepts.dataSource;
    const big = server.page(workspace.bigConceptId);
    // A mapped relation over 25 (Cluster) next to an unmapped one (Flashcards).
    const many = Array.from({length: 30}, (_, i) => ({id: cardsOf(workspace).pages[i]!.id}));
    big.properties.Cluster = {type: 'relation', relation: many};
    const keep = {names: ['Name', 'Cluster', 'Missing'], knownIds: null};
    const first = await collect(notion, concepts.id, {keep});
    const page = first.pages.find((p) => p.id === big.id);
    expect(Object.keys(page?.properties ?? {}).sort()).toEqual(['Cluster', 'Name']);
    expect(readRelationIds(page?.properties.Cluster)).toHaveLength(30);
    expect(first.status.relationsExpanded).toBe(1);
    expect(server.requestsTo('/properties/')).toHaveLength(1);
    expect(first.status.propertyIds).toEqual({
      Name: 'title',
      Cluster: concepts.schema.Cluster!.id,
    });

    // With every id known, each query names them (the fake ignores ids it does not know).
    server.requests.length = 0;
    const knownIds = {Question: 'title', Missing: 'gone'};
    const cards = await collect(notion, cardsOf(workspace).id, {
      keep: {names: ['Question', 'Missing'], knownIds},
    });
    const queries = server.requestsTo('/query');
    expect(queries).toHaveLength(3);
    for (const query of queries) expect(query.query.filter_properties).toBe('gone');
    expect(Object.keys(cards.pages[0]!.properties)).toEqual(['Question']);

    // A refused filter (a cached id of a deleted property) is dropped and the ids relearned.
    server.requests.length = 0;
    server.faults.inject(1, {status: 400, match: {path: '/query'}});
    const retried = await collect(notion, cardsOf(workspace).id, {
      keep: {names: ['Question'], knownIds: {Question: 'stale'}},
    });
    expect(retried.pages).toHaveLength(250);
    expect(retried.status.propertyIds).toEqual({Question: 'title'});
    const [refused, unfiltered, relearned] = server.requestsTo('/query');
    expect([refused?.status, refused?.query.filter_properties]).toEqual([400, 'stale']);
    expect(unfiltered?.query.filter_properties).toBeUndefined();
    expect(relearned?.query.filter_properties).toBe('title');
  });
});
