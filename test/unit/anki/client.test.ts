import {createServer} from 'node:http';
import type {AddressInfo} from 'node:net';
import {afterEach, describe, expect, it} from 'vitest';
import {createAnkiClient} from '../../../source/anki/client.js';
import {AnkiConnectError} from '../../../source/anki/errors.js';
import {newNoteFor} from '../../../source/anki/note-fields.js';
import {NLS_BASIC, NLS_CLOZE} from '../../../source/anki/note-types.js';
import {UserError} from '../../../source/errors.js';
import {type FakeAnki, startFakeAnki} from '../../fakes/anki-server.js';

let fake: FakeAnki | undefined;
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});

async function setup(options: Parameters<typeof startFakeAnki>[0] = {}) {
  fake = await startFakeAnki(options);
  const client = createAnkiClient({url: fake.url, key: options.key});
  await client.createModel(NLS_BASIC);
  await client.createModel(NLS_CLOZE);
  await client.createDeck('NLS::Net');
  return {fake, client};
}

const note = (cardId: string, front = `Question ${cardId}?`) =>
  newNoteFor({cardId, atomType: 'flashcard', front, back: 'Answer'}, 'NLS::Net', ['nls']);

describe('AnkiConnect client', () => {
  it('sends the v6 envelope and returns the result', async () => {
    const {fake, client} = await setup();
    expect(await client.version()).toBe(6);
    const last = fake.requests.at(-1);
    expect(last?.body).toEqual({action: 'version', version: 6, params: {}});
    expect(await client.modelNames()).toEqual(['NLS Basic', 'NLS Cloze']);
    expect(await client.modelFieldNames('NLS Cloze')).toEqual(NLS_CLOZE.inOrderFields);
    expect(await client.deckNames()).toContain('NLS::Net');
  });

  it('never has more than one request in flight, even with concurrent callers', async () => {
    const {fake, client} = await setup({delayMs: 15});
    const calls = Array.from({length: 8}, (_, i) =>
      i % 2 === 0 ? client.deckNames() : client.findNotes('deck:NLS'),
    );
    const results = await Promise.all(calls);
    expect(results).toHaveLength(8);
    expect(fake.maxInFlight()).toBe(1);
  });

  it('keeps the queue going after a failed request', async () => {
    const {fake, client} = await setup();
    fake.failNext(1);
    const failed = client.deckNames();
    const next = client.version();
    await expect(failed).rejects.toBeInstanceOf(AnkiConnectError);
    expect(await next).toBe(6);
  });

  it('adds notes per item: one bad note does not lose the others', async () => {
    const {fake, client} = await setup();
    fake.failNote('C-2', 'cannot create note for unknown reason');
    const results = await client.addNotes([note('C-1'), note('C-2'), note('C-3'), note('C-1')]);
    expect(results.map((r) => r.ok)).toEqual([true, false, true, false]);
    const [bad, dup] = [results[1], results[3]];
    if (bad?.ok !== false || dup?.ok !== false) throw new Error('expected failures');
    expect(bad.error.action).toBe('addNote');
    expect(bad.error.ankiMessage).toBe('cannot create note for unknown reason');
    expect(dup.error.ankiMessage).toBe('cannot create note because it is a duplicate');
    expect(fake.collection.notes.size).toBe(2);
    expect(fake.requestsFor('multi')).toHaveLength(1);
  });

  it('reports the missing model and deck with the add-on wording', async () => {
    const {client} = await setup();
    const wrongDeck = {...note('X-1'), deckName: 'Nope'};
    const wrongModel = {...note('X-2'), modelName: 'Missing'};
    const results = await client.addNotes([wrongDeck, wrongModel]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error.ankiMessage))).toEqual([
      'deck was not found: Nope',
      'model was not found: Missing',
    ]);
    expect(await client.canAddNotes([note('Y-1'), wrongDeck])).toEqual([true, false]);
  });

  it('chunks long id lists to at most the chunk size', async () => {
    fake = await startFakeAnki();
    const client = createAnkiClient({url: fake.url, chunkSize: 2});
    await client.createModel(NLS_BASIC);
    await client.createDeck('NLS::Net');
    const added = await client.addNotes(['a', 'b', 'c', 'd', 'e'].map((id) => note(id)));
    const ids = added.map((r) => (r.ok ? r.value : -1));
    expect(ids.every((id) => id > 0)).toBe(true);
    expect(fake.requestsFor('multi').map((r) => (r.params.actions as unknown[]).length)).toEqual([
      2, 2, 1,
    ]);
    const cards = await client.findCards('deck:NLS::Net');
    const infos = await client.cardsInfo([...cards, 999]);
    expect(infos.map((c) => c.noteId).sort()).toEqual([...ids].sort());
    expect(fake.requestsFor('cardsInfo').map((r) => (r.params.cards as unknown[]).length)).toEqual([
      2, 2, 2,
    ]);
    await client.suspend(cards);
    expect(fake.requestsFor('suspend')).toHaveLength(3);
    expect([...fake.collection.cards.values()].every((c) => c.queue === -1)).toBe(true);
  });

  it('caps the chunk size at 500 ids', async () => {
    fake = await startFakeAnki();
    const client = createAnkiClient({url: fake.url, chunkSize: 10_000});
    const ids = Array.from({length: 1200}, (_, i) => i + 1);
    const reviews = await client.getReviewsOfCards(ids);
    expect(reviews.size).toBe(1200);
    const sizes = fake.requestsFor('getReviewsOfCards').map((r) => (r.params.cards as []).length);
    expect(sizes).toEqual([500, 500, 200]);
    expect(client.stats()).toEqual({total: 3, byAction: {getReviewsOfCards: 3}});
  });

  it('updates fields, moves decks, edits tags and deletes notes', async () => {
    const {fake, client} = await setup();
    const [first] = await client.addNotes([note('U-1')]);
    if (!first?.ok) throw new Error('add failed');
    const updates = await client.updateNoteFields([
      {id: first.value, fields: {Back: 'New answer'}},
      {id: 42, fields: {Back: 'x'}},
    ]);
    expect(updates.map((u) => (u.ok ? 'ok' : u.error.ankiMessage))).toEqual([
      'ok',
      'note was not found: 42',
    ]);
    const [info] = await client.notesInfo([first.value, 7]);
    expect(info?.fields.Back).toBe('New answer');
    expect(info?.cardKey).toBe('U-1');
    await client.changeDeck(info?.cardIds ?? [], 'NLS::Other');
    await client.addTags([first.value], ['nls::removed', 'extra']);
    await client.removeTags([first.value], ['extra']);
    const [card] = await client.cardsInfo(info?.cardIds ?? []);
    expect(card?.deckName).toBe('NLS::Other');
    expect(fake.collection.notes.get(first.value)?.tags).toEqual(['nls', 'nls::removed']);
    expect(await client.findNotes('"CardID:U-1"')).toEqual([first.value]);
    await client.deleteNotes([first.value]);
    expect(await client.findNotes('tag:nls')).toEqual([]);
  });

  it('turns an envelope error into a typed error carrying the action', async () => {
    const {client} = await setup();
    const error = await client.modelFieldNames('Ghost').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AnkiConnectError);
    expect(error).toMatchObject({
      action: 'modelFieldNames',
      ankiMessage: 'model was not found: Ghost',
    });
    await expect(client.invoke('noSuchAction')).rejects.toThrow('unsupported action');
  });

  it('explains how to fix an unreachable AnkiConnect', async () => {
    fake = await startFakeAnki();
    const client = createAnkiClient({url: fake.url});
    await fake.stop();
    const error = await client.version().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserError);
    expect((error as UserError).message).toBe(`AnkiConnect is not reachable at ${fake.url}.`);
    expect((error as UserError).hint).toBe(
      'Start Anki with the AnkiConnect add-on, or set ANKI_CONNECT_URL.',
    );
  });

  it('treats a timeout as unreachable', async () => {
    fake = await startFakeAnki({delayMs: 300});
    const client = createAnkiClient({url: fake.url, timeoutMs: 50});
    await expect(client.version()).rejects.toThrow(/not reachable/);
  });

  it('sends the key on every request and sub-action, and never shows it', async () => {
    const key = 'sekret-key-1234';
    const {fake, client} = await setup({key});
    const results = await client.addNotes([note('K-1')]);
    expect(results[0]?.ok).toBe(true);
    const [multi] = fake.requestsFor('multi');
    if (multi === undefined) throw new Error('no multi request');
    expect(multi.body.key).toBe(key);
    expect((multi.params.actions as Array<{key: string}>)[0]?.key).toBe(key);

    const wrong = createAnkiClient({url: `http://user:pw@127.0.0.1:1/?key=${key}`, key});
    const down = (await wrong.version().catch((e: unknown) => e)) as UserError;
    expect(down.message).not.toContain(key);
    expect(down.message).not.toContain('pw');

    const noKey = createAnkiClient({url: fake.url, key: 'wrong-key'});
    const denied = (await noKey.deckNames().catch((e: unknown) => e)) as AnkiConnectError;
    expect(denied.ankiMessage).toBe('valid api key must be provided');
    expect(denied.hint).toMatch(/ANKI_CONNECT_KEY/);
    expect(`${denied.message} ${denied.hint}`).not.toContain('wrong-key');
  });

  it('gives a fix for a closed collection', async () => {
    const {fake, client} = await setup();
    fake.failNext(1);
    const error = (await client.findCards('tag:nls').catch((e: unknown) => e)) as AnkiConnectError;
    expect(error.message).toBe('AnkiConnect findCards failed: collection is not available');
    expect(error.hint).toMatch(/profile/);
  });

  it('rejects a server that does not answer with a v6 envelope', async () => {
    const replies = [
      '6',
      '<html>proxy</html>',
      '{"result": 1, "error": "\\u001b]0;pwned\\u0007bad"}',
    ];
    const server = createServer((_req, res) => res.end(replies.shift()));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const {port} = server.address() as AddressInfo;
    const client = createAnkiClient({url: `http://127.0.0.1:${port}`});
    try {
      await expect(client.version()).rejects.toThrow(/did not answer like AnkiConnect/);
      await expect(client.version()).rejects.toThrow(/not JSON/);
      const error = (await client.version().catch((e: unknown) => e)) as AnkiConnectError;
      expect(error.message).toBe('AnkiConnect version failed: bad');
    } finally {
      server.close();
    }
  });
});
