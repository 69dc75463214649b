import {afterAll, beforeAll, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {pushToAnki} from '../../source/anki/sync/push-service.js';
import {runCleaning} from '../../source/cleaning/pipeline/index.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {equationItem, richTextOf, textItem, titleOf} from '../fakes/notion-rich-text.js';
import {describeEachBackend} from '../helpers/database.js';
import {testSettings} from './anki-fixtures.js';
import {startNotionWorkspace, syncOnce} from './notion-fixtures.js';

const now = new Date('2025-06-01T12:00:00Z');

describeEachBackend('Notion → Anki: formatting end to end', (db) => {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  let anki: FakeAnki;
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 13, flashcards: 12});
    anki = await startFakeAnki({now: () => now.getTime(), delayMs: 1});
  });
  afterAll(async () => {
    await anki.stop();
    await setup.fake.close();
  });

  it('a formatted Notion card reaches Anki as HTML with MathJax, typed HTML escaped', async () => {
    const page = setup.workspace.entity.flashcards.dataSource.pages.find(
      (p) => (p.properties.Type?.select as {name?: string})?.name === 'flashcard',
    )!;
    setup.fake.editPage(page.id, {
      Question: titleOf([
        textItem('What does '),
        textItem('<script>', {code: true}),
        textItem(' run?'),
      ]),
      Answer: richTextOf([
        textItem('Any '),
        textItem('JavaScript', {bold: true}),
        textItem(' in '),
        equationItem('O(n)'),
        textItem(' time <script>alert(1)</script>'),
      ]),
    });
    await syncOnce(db(), setup, {now});
    await runCleaning(db(), {now});
    await pushToAnki(db(), createAnkiClient({url: anki.url}), {
      now,
      onProgress: ignoreProgress,
      settings: {...testSettings, minQuality: 0},
      url: anki.url,
    });
    const [atom] = await db().sql<{card_id: string}[]>`
      select card_id from learning_atoms where notion_id = ${page.id}`;
    const note = [...anki.collection.notes.values()].find((n) => n.fields.CardID === atom!.card_id);
    expect(note?.fields.Front).toBe('What does <code>&lt;script&gt;</code> run?');
    expect(note?.fields.Back).toBe(
      'Any <b>JavaScript</b> in \\(O(n)\\) time &lt;script&gt;alert(1)&lt;/script&gt;',
    );
  });
});
