import {afterAll, beforeAll, expect, it} from 'vitest';
import {richTextToPlain} from '../../source/notion/rich-text.js';
import {syncHash} from '../../source/notion/sync-hash.js';
import {createReviewService} from '../../source/review/review-service.js';
import {
  dateMentionItem,
  equationItem,
  pageMentionItem,
  richTextOf,
  textItem,
  titleOf,
  userMentionItem,
} from '../fakes/notion-rich-text.js';
import * as v from '../fakes/notion-values.js';
import {describeEachBackend} from '../helpers/database.js';
import {startNotionWorkspace, syncOnce} from './notion-fixtures.js';
import {seedProposal, testClock} from './review-fixtures.js';

const mentionedPage = '0f1e2d3c-4b5a-4978-8695-a4b3c2d1e0f9';

// Every kind of formatting a Notion Answer cell can hold, as the API returns it.
const answerItems = [
  textItem('TCP is '),
  textItem('reliable', {bold: true}),
  textItem(', '),
  textItem('ordered', {italic: true}),
  textItem(' and '),
  textItem('unicast ', {strikethrough: true}),
  textItem('only; call '),
  textItem('connect()', {code: true}),
  textItem(', read '),
  textItem('RFC 9293', {}, 'https://www.rfc-editor.org/rfc/rfc9293'),
  textItem(', window '),
  equationItem('W = 2^{16}'),
  textItem(', see '),
  pageMentionItem(mentionedPage, 'Transport layer'),
  textItem(' (ask '),
  userMentionItem('5e1b2a8c-0000-4000-8000-000000000001', 'Ann'),
  textItem(' by '),
  dateMentionItem('2025-06-01'),
  textItem(').', {underline: true, color: 'red'}),
];
const answerMarkdown =
  'TCP is **reliable**, *ordered* and ~~unicast~~ only; call `connect()`, read ' +
  '[RFC 9293](https://www.rfc-editor.org/rfc/rfc9293), window $W = 2^{16}$, see ' +
  '[Transport layer](https://www.notion.so/0f1e2d3c4b5a49788695a4b3c2d1e0f9) (ask @Ann by ' +
  '2025-06-01).';

describeEachBackend('notion sync: rich text becomes Markdown', (db) => {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  const clock = testClock();
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 11, flashcards: 30});
  });
  afterAll(() => setup.fake.close());

  const cards = () => setup.workspace.entity.flashcards.dataSource.pages;
  const flashcard = (index: number) =>
    cards().filter((p) => (p.properties.Type?.select as {name?: string})?.name === 'flashcard')[
      index
    ]!;
  const atomOf = async (pageId: string) => {
    const [atom] = await db().sql<{id: string; front: string; back: string | null}[]>`
      select id, front, back from learning_atoms where notion_id = ${pageId}`;
    return atom!;
  };

  it('stores annotated text as Markdown and plain text byte-identical to its plain text', async () => {
    await syncOnce(db(), setup);
    // Plain cards: the stored text is the Notion text, as before Markdown.
    for (const page of cards().slice(0, 30)) {
      const atom = await atomOf(page.id);
      expect(atom.front).toBe(richTextToPlain(page.properties.Question?.title)?.trim());
    }
    const page = flashcard(0);
    setup.fake.advanceClock(10 * 60_000);
    setup.fake.editPage(page.id, {
      Question: titleOf([textItem('What does '), textItem('TCP', {bold: true}), textItem(' add?')]),
      Answer: richTextOf(answerItems),
    });
    const summary = await syncOnce(db(), setup, {now: new Date('2025-06-02T00:00:00Z')});
    expect(summary.entities.flashcards?.updated).toBe(1);
    expect(await atomOf(page.id)).toMatchObject({
      front: 'What does **TCP** add?',
      back: answerMarkdown,
    });
  });

  it('escapes plain text only where it would read as markup', async () => {
    const page = flashcard(1);
    setup.fake.advanceClock(10 * 60_000);
    setup.fake.editPage(page.id, {
      Question: v.title('Is snake_case or a*b*c markup? It costs $5 and $6.'),
      Answer: v.richText('C:\\Users and `ls` typed as text'),
    });
    await syncOnce(db(), setup, {now: new Date('2025-06-03T00:00:00Z')});
    expect(await atomOf(page.id)).toMatchObject({
      front: 'Is snake_case or a*b\\*c markup? It costs $5 and $6.',
      back: 'C:\\Users and \\`ls` typed as text',
    });
  });

  it('a formatting-only change in Notion updates the atom (the change hash decides)', async () => {
    const page = flashcard(2);
    const before = await atomOf(page.id);
    setup.fake.advanceClock(10 * 60_000);
    const answer = richTextToPlain(page.properties.Answer?.rich_text) ?? '';
    setup.fake.editPage(page.id, {Answer: richTextOf([textItem(answer, {bold: true})])});
    const summary = await syncOnce(db(), setup, {now: new Date('2025-06-04T00:00:00Z')});
    expect(summary.entities.flashcards?.updated).toBe(1);
    expect((await atomOf(page.id)).back).toBe(`**${before.back}**`);
  });

  it('on upgrade, converts stored plain text but keeps a rewrite made from the same Notion text', async () => {
    const [plainCard, rewritten] = [flashcard(4), flashcard(5)];
    setup.fake.advanceClock(10 * 60_000);
    for (const page of [plainCard, rewritten]) {
      setup.fake.editPage(page.id, {
        Question: titleOf([textItem('Why is '), textItem('UDP', {bold: true}), textItem(' fast?')]),
      });
    }
    await syncOnce(db(), setup, {now: new Date('2025-06-04T12:00:00Z')});
    // What a database written before Markdown holds: plain text, hashed as plain text.
    const atom = await atomOf(plainCard.id);
    const legacyHash = syncHash({
      atom_type: 'flashcard',
      front: 'Why is UDP fast?',
      back: atom.back,
    });
    await db().sql`
      update learning_atoms set front = 'Why is UDP fast?', source_hash = ${legacyHash}
      where notion_id = ${plainCard.id}`;
    const rewrittenBack = (await atomOf(rewritten.id)).back;
    const rewrittenHash = syncHash({
      atom_type: 'flashcard',
      front: 'Why is UDP fast?',
      back: rewrittenBack,
    });
    await db().sql`
      update learning_atoms set front = 'What makes UDP fast?', rewrite_count = 1,
        source_hash = ${rewrittenHash}
      where notion_id = ${rewritten.id}`;
    await syncOnce(db(), setup, {full: true, now: new Date('2025-06-04T13:00:00Z')});
    expect((await atomOf(plainCard.id)).front).toBe('Why is **UDP** fast?');
    expect((await atomOf(rewritten.id)).front).toBe('What makes UDP fast?');
    const overwrites = await db().sql`
      select 1 from cleaning_log where operation = 'notion_overwrite' and atom_id = ${(await atomOf(rewritten.id)).id}`;
    expect(overwrites).toHaveLength(0);
  });

  it('writes approved Markdown back to Notion as annotations, links and equations', async () => {
    const page = flashcard(3);
    const atom = await atomOf(page.id);
    const back =
      'It is **reliable**, *ordered*, ~~lossy~~, uses `SYN` and [RFC](https://x.test/r) with $x^2$.';
    const [rowId] = await seedProposal(db().sql, {
      originalAtomId: atom.id,
      cards: [{front: 'What does **TCP** guarantee?', back}],
    });
    const service = createReviewService({
      db: db(),
      now: clock.now,
      protectNotion: false,
      notion: setup.client(),
    });
    expect((await service.approve([rowId!])).notion.mode).toBe('written');
    const stored = setup.fake.page(page.id).properties;
    const items = stored.Answer?.rich_text as {plain_text: string; annotations: object}[];
    expect(items.map((i) => [i.plain_text, i.annotations])).toEqual([
      ['It is ', expect.objectContaining({bold: false})],
      ['reliable', expect.objectContaining({bold: true})],
      [', ', expect.anything()],
      ['ordered', expect.objectContaining({italic: true})],
      [', ', expect.anything()],
      ['lossy', expect.objectContaining({strikethrough: true})],
      [', uses ', expect.anything()],
      ['SYN', expect.objectContaining({code: true})],
      [' and ', expect.anything()],
      ['RFC', expect.objectContaining({bold: false})],
      [' with ', expect.anything()],
      ['x^2', expect.anything()],
      ['.', expect.anything()],
    ]);
    expect(items[9]).toMatchObject({href: 'https://x.test/r'});
    expect(items[11]).toMatchObject({type: 'equation', equation: {expression: 'x^2'}});
    // Read back by the next sync, the page gives the same Markdown: nothing to overwrite.
    setup.fake.advanceClock(10 * 60_000);
    await syncOnce(db(), setup, {now: new Date('2025-06-05T00:00:00Z')});
    expect(await atomOf(page.id)).toMatchObject({front: 'What does **TCP** guarantee?', back});
  });
});
