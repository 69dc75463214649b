import {afterEach, beforeEach, expect, it} from 'vitest';
import {createAnkiClient} from '../../source/anki/client.js';
import {pushToAnki} from '../../source/anki/sync/push-service.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {type FakeAnki, startFakeAnki} from '../fakes/anki-server.js';
import {describeEachBackend} from '../helpers/database.js';
import {insertAnkiCourse, testSettings} from './anki-fixtures.js';

const now = new Date('2025-03-01T10:00:00Z');

describeEachBackend('anki push: Markdown fields', (db) => {
  let fake: FakeAnki;
  beforeEach(async () => {
    await clearAllData(db().sql);
    fake = await startFakeAnki({now: () => now.getTime(), delayMs: 1});
  });
  afterEach(() => fake.stop());

  const push = () =>
    pushToAnki(db(), createAnkiClient({url: fake.url}), {
      now,
      onProgress: ignoreProgress,
      settings: testSettings,
      url: fake.url,
    });
  const noteOf = (cardKey: string) =>
    [...fake.collection.notes.values()].find((n) => n.fields.CardID === cardKey);

  it('renders formatting, math and code as HTML, escapes raw HTML, and styles code', async () => {
    await insertAnkiCourse(db().sql, 'Md', [
      {
        cardId: 'MD-1',
        front: 'What does **TCP** add over *IP*? <script>alert(1)</script>',
        back: 'Call `connect()`, see [RFC 9293](https://www.rfc-editor.org/rfc/rfc9293); window $W = 2^{16}$, ~~no~~.\n```c\nint s = socket();\n```',
      },
      {
        cardId: 'MD-2',
        type: 'cloze',
        front: 'The {{c1::**three-way**}} handshake opens with `SYN`.',
      },
    ]);
    await push();
    expect(noteOf('MD-1')?.fields).toMatchObject({
      Front: 'What does <b>TCP</b> add over <i>IP</i>? &lt;script&gt;alert(1)&lt;/script&gt;',
      Back:
        'Call <code>connect()</code>, see <a href="https://www.rfc-editor.org/rfc/rfc9293">RFC 9293</a>; ' +
        'window \\(W = 2^{16}\\), <s>no</s>.<pre><code class="language-c">int s = socket();</code></pre>',
    });
    expect(noteOf('MD-2')?.fields.Text).toBe(
      'The {{c1::<b>three-way</b>}} handshake opens with <code>SYN</code>.',
    );
    const css = fake.collection.models.get('NLS Basic')?.css ?? '';
    expect(css).toContain('pre {');
    expect(css).toMatch(/code, pre \{[^}]*monospace/);
  });

  it('a formatting-only change updates the note in place, keeping its ids and reviews', async () => {
    await insertAnkiCourse(db().sql, 'Fo', [
      {cardId: 'FO-1', front: 'What does TCP guarantee?', back: 'Ordered delivery'},
    ]);
    await push();
    const note = noteOf('FO-1')!;
    const cardId = note.cardIds[0]!;
    fake.simulateReviews(cardId, [{rating: 3, at: new Date('2025-02-01T09:00:00Z')}]);
    await db().sql`
      update learning_atoms set front = 'What does **TCP** guarantee?', back = '*Ordered* delivery'
      where card_id = 'FO-1'`;
    const result = await push();
    expect(result.plan).toMatchObject({add: 0, update: 1});
    expect(noteOf('FO-1')).toBe(note);
    expect(note.id).toBe(noteOf('FO-1')?.id);
    expect(note.cardIds[0]).toBe(cardId);
    expect(note.fields).toMatchObject({
      Front: 'What does <b>TCP</b> guarantee?',
      Back: '<i>Ordered</i> delivery',
    });
    expect(fake.collection.revlog.get(cardId)).toHaveLength(1);
    expect(fake.collection.notes.size).toBe(1);
  });
});
