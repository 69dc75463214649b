import {afterAll, beforeAll, expect, it} from 'vitest';
import {propertyNamesFor} from '../../source/notion/property-names.js';
import {derivedCardId, mapAtom} from '../../source/transform/map-atom.js';
import * as v from '../fakes/notion-values.js';
import {describeEachBackend} from '../helpers/database.js';
import {startNotionWorkspace, syncOnce} from './notion-fixtures.js';

it('reads a property of the wrong type as a warning, never an exception', () => {
  const names = propertyNamesFor('flashcards', undefined);
  const draft = mapAtom(
    {
      id: 'fa4e0000-0000-4000-8000-000000000001',
      properties: {
        Question: {id: 'title', ...v.title('Q?')},
        Answer: {id: 'a', ...v.richText('A')},
        Type: {id: 't', ...v.numberValue(3)},
        Concept: {id: 'c', ...v.checkbox(true)},
      },
    },
    names,
  );
  expect(draft.atomType).toBe('flashcard');
  expect(draft.conceptNotionId).toBeNull();
  expect(draft.issues.join('\n')).toMatch(/Concept.*wrong_type/);
  const empty = mapAtom({id: 'fa4e0000-0000-4000-8000-000000000002', properties: {}}, names);
  expect(empty.usable).toBe(false);
});

describeEachBackend('notion sync: bad input is counted, flagged and never fatal', (db) => {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  let emptyPage = '';
  let nulPage = '';
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 3, flashcards: 60, badRows: true});
    const cards = setup.workspace.entity.flashcards.dataSource;
    emptyPage = setup.fake.addPage(cards.id, {}).id;
    nulPage = setup.fake.addPage(cards.id, {
      Question: v.title('Null\u0000byte and \u001b[31mred\u001b[0m?'),
      Answer: v.richText('Tab\there, bell \u0007.'),
      CardID: v.richText('CTRL-1'),
      Type: v.select('flashcard'),
    }).id;
  });
  afterAll(() => setup.fake.close());

  it('keeps every good row and reports each bad one with its page id', async () => {
    const summary = await syncOnce(db(), setup);
    const bad = new Map(setup.workspace.badRows.map((row) => [row.problem, row.pageId]));
    const cards = setup.workspace.entity.flashcards.dataSource.pages.length;
    const flashcards = summary.entities.flashcards!;
    expect(flashcards.added).toBe(cards);
    expect(flashcards.orphans).toBe(1);
    const [{atoms} = {atoms: 0}] = await db().sql<{atoms: number}[]>`
      select count(*)::int as atoms from learning_atoms`;
    // Pages without a question (the empty one and the blank-title one) are not imported.
    expect(atoms).toBe(cards - 2);
    const [row] = await db().sql<{details: {warnings: {pageId: string; reason: string}[]}}[]>`
      select details from sync_log where status = 'completed' order by started_at desc limit 1`;
    const warned = (id: string | undefined) =>
      row!.details.warnings
        .filter((w) => w.pageId === id)
        .map((w) => w.reason)
        .join(' | ');
    expect(warned(bad.get('empty_question'))).toMatch(/missing question/);
    expect(warned(emptyPage)).toMatch(/missing question/);
    expect(warned(bad.get('unknown_type'))).toMatch(/unknown Type "essay"/);
    expect(warned(bad.get('dangling_relation'))).toMatch(/not synced/);
    expect(warned(bad.get('invalid_quiz_json'))).toMatch(/unparseable mcq/);
    expect(warned(bad.get('duplicate_card_id'))).toMatch(/used by another page/);
    expect(warned(bad.get('missing_type_and_status'))).toMatch(/no Type/);
    expect(warned(bad.get('blank_answer'))).toMatch(/blank answer/);
    expect(flashcards.errors).toBeGreaterThanOrEqual(8);

    const atomOf = async (pageId: string | undefined) => {
      const [atom] = await db().sql`
        select card_id, atom_type, front, back, needs_review, concept_id, content, id
        from learning_atoms where notion_id = ${pageId ?? ''}`;
      return atom;
    };
    expect(await atomOf(bad.get('unknown_type'))).toMatchObject({atom_type: 'flashcard'});
    expect(await atomOf(bad.get('dangling_relation'))).toMatchObject({concept_id: null});
    const quiz = await atomOf(bad.get('invalid_quiz_json'));
    expect(quiz).toMatchObject({atom_type: 'mcq', needs_review: true, content: null});
    expect(quiz?.back).toContain('"correct": [5');
    const [log] = await db().sql`
      select operation from cleaning_log where atom_id = ${quiz?.id}`;
    expect(log?.operation).toBe('notion_parse_error');
    const dup = bad.get('duplicate_card_id')!;
    expect(await atomOf(dup)).toMatchObject({card_id: derivedCardId(dup)});
    expect((await atomOf(bad.get('terminal_escape')))?.front).toContain('\u001b]0;pwned');
    expect(String((await atomOf(bad.get('long_answer')))?.back).length).toBeGreaterThan(2000);
    expect(await atomOf(nulPage)).toMatchObject({
      front: 'Nullbyte and \u001b[31mred\u001b[0m?',
      back: 'Tab\there, bell \u0007.',
    });
  });

  it('a repeated sync of the same bad input changes nothing and logs nothing new', async () => {
    const [before] = await db().sql`select count(*)::int as n from cleaning_log`;
    const summary = await syncOnce(db(), setup, {full: true});
    expect(summary.totals).toMatchObject({added: 0, updated: 0, removed: 0});
    const [after] = await db().sql`select count(*)::int as n from cleaning_log`;
    expect(after?.n).toBe(before?.n);
  });
});
