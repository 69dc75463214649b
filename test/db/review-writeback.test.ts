import {afterAll, beforeAll, expect, it} from 'vitest';
import {NotionClient} from '../../source/notion/client.js';
import {createReviewService} from '../../source/review/review-service.js';
import {schemaFor} from '../fakes/notion-schemas.js';
import {FakeNotionServer} from '../fakes/notion-server.js';
import * as v from '../fakes/notion-values.js';
import {describeEachBackend} from '../helpers/database.js';
import {seedAtom, seedProposal, testClock} from './review-fixtures.js';

const dataSourceId = '22222222-2222-4222-8222-222222222222';
const good = {front: 'Which OSI layer routes packets between networks?', back: 'The network layer'};

function plain(value: unknown): string {
  const items = (value as {title?: unknown[]; rich_text?: unknown[]}) ?? {};
  const list = (items.title ?? items.rich_text ?? []) as {plain_text: string}[];
  return list.map((item) => item.plain_text).join('');
}

describeEachBackend('review write-back to Notion', (db) => {
  let server: FakeNotionServer;
  let client: NotionClient;
  const clock = testClock();

  beforeAll(async () => {
    server = await FakeNotionServer.start({
      databases: [
        {
          id: '11111111-1111-4111-8111-111111111111',
          title: 'All-Atom Master',
          dataSource: {
            id: dataSourceId,
            name: 'All-Atom Master',
            schema: schemaFor('flashcards'),
            pages: [],
          },
        },
      ],
    });
    client = new NotionClient({token: server.token, baseUrl: server.url, rateLimit: 0});
  });
  afterAll(async () => {
    await server.close();
  });

  async function notionAtom(front: string) {
    const page = server.addPage(dataSourceId, {
      Question: v.title(front),
      Answer: v.richText('old answer'),
    });
    const atomId = await seedAtom(db().sql, {notionId: page.id, front, back: 'old answer'});
    return {page, atomId};
  }

  it('with protection off, approval writes front and back to the page and logs it', async () => {
    const {page, atomId} = await notionAtom('Old question one?');
    const [rowId] = await seedProposal(db().sql, {originalAtomId: atomId, cards: [good]});
    const service = createReviewService({
      db: db(),
      now: clock.now,
      protectNotion: false,
      notion: client,
    });
    const result = await service.approve([rowId!]);
    expect(result.notion).toEqual({mode: 'written', written: 1, failed: []});
    const stored = server.page(page.id).properties;
    expect(plain(stored.Question)).toBe(good.front);
    expect(plain(stored.Answer)).toBe(good.back);
    const logs = await db().sql<{new_value: Record<string, unknown>}[]>`
      select new_value from cleaning_log where atom_id = ${atomId} and operation = 'notion_writeback'`;
    expect(logs.map((l) => l.new_value)).toEqual([
      {ok: true, page_id: page.id, decision_id: result.decisionId},
    ]);
  });

  it('writes long text as several rich-text segments without splitting a surrogate pair', async () => {
    const {page, atomId} = await notionAtom('Old question five?');
    const longBack = `${'x'.repeat(1999)}🙂${'y'.repeat(2500)}`;
    const [rowId] = await seedProposal(db().sql, {
      originalAtomId: atomId,
      cards: [{front: good.front, back: longBack}],
    });
    const service = createReviewService({
      db: db(),
      now: clock.now,
      protectNotion: false,
      notion: client,
    });
    expect((await service.approve([rowId!])).notion.mode).toBe('written');
    expect(plain(server.page(page.id).properties.Answer)).toBe(longBack);
  });

  it('with protection on (the default), nothing is sent and the change is local', async () => {
    const {page, atomId} = await notionAtom('Old question two?');
    const [rowId] = await seedProposal(db().sql, {originalAtomId: atomId, cards: [good]});
    const requestsBefore = server.requests.length;
    const service = createReviewService({db: db(), now: clock.now, notion: client});
    const result = await service.approve([rowId!]);
    expect(result.notion.mode).toBe('local');
    expect(server.requests.length).toBe(requestsBefore);
    expect(plain(server.page(page.id).properties.Question)).toBe('Old question two?');
  });

  it('a failed write-back keeps the local approval and logs the failure', async () => {
    const {atomId} = await notionAtom('Old question three?');
    const [rowId] = await seedProposal(db().sql, {originalAtomId: atomId, cards: [good]});
    const broken = new NotionClient({
      token: 'secret_wrong_token',
      baseUrl: server.url,
      maxRetries: 0,
    });
    const service = createReviewService({
      db: db(),
      now: clock.now,
      protectNotion: false,
      notion: broken,
    });
    const result = await service.approve([rowId!]);
    expect(result.notion.mode).toBe('failed');
    expect(result.notion.failed).toHaveLength(1);
    const [atom] = await db().sql<{front: string}[]>`
      select front from learning_atoms where id = ${atomId}`;
    expect(atom?.front).toBe(good.front);
    const [log] = await db().sql<{new_value: {ok: boolean; error: string}}[]>`
      select new_value from cleaning_log where atom_id = ${atomId} and operation = 'notion_writeback'`;
    expect(log?.new_value.ok).toBe(false);
    expect(log?.new_value.error).not.toContain('secret_wrong_token');
  });

  it('undo of a written-back approval writes the restored text back', async () => {
    const {page, atomId} = await notionAtom('Old question four?');
    const [rowId] = await seedProposal(db().sql, {originalAtomId: atomId, cards: [good]});
    const service = createReviewService({
      db: db(),
      now: clock.now,
      protectNotion: false,
      notion: client,
      flashcardProperties: {front: 'Question', back: 'Answer'},
    });
    const result = await service.approve([rowId!]);
    expect(plain(server.page(page.id).properties.Question)).toBe(good.front);
    const undone = await service.undo(result.decisionId);
    expect(undone.notion.mode).toBe('written');
    expect(plain(server.page(page.id).properties.Question)).toBe('Old question four?');
    expect(plain(server.page(page.id).properties.Answer)).toBe('old answer');
  });
});
