import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Database} from '../../../source/db/connection.js';
import {saveExam} from '../../../source/db/plan-rows.js';
import {ConceptsScreen} from '../../../source/screens/concepts/concepts-screen.js';
import {press, typeText} from '../../helpers/press.js';
import {renderTui, waitFor} from '../../helpers/render.js';
import {demoDatabase, testConfig, withServices} from './screen-fixtures.js';

const evilFront =
  'Evil card \u001B[2J clears? \u001B]52;c;aGVsbG8=\u0007 clipboard \u001B]0;pwned\u0007 title';

describe('Concepts screen', () => {
  let db: Database;
  const config = testConfig();
  beforeAll(async () => {
    db = await demoDatabase();
    const [area] = await db.sql<{id: string}[]>`
      insert into clean_concept_areas (name, display_order) values ('Zz Hostile Area', 99)
      returning id`;
    const [concept] = await db.sql<{id: string}[]>`
      insert into concepts (name, concept_area_id) values ('Zz Hostile Concept', ${area!.id})
      returning id`;
    await db.sql`
      insert into learning_atoms (front, back, atom_type, concept_id, notion_id)
      values (${evilFront}, ${'back \u001B]52;c;aGVsbG8=\u0007 end'}, 'flashcard', ${concept!.id},
        'evil-page')`;
    // The page body synced from Notion, with an escape sequence of its own.
    const text = (content: string) => ({rich_text: [{type: 'text', plain_text: content}]});
    const body = [
      {id: 'b1', type: 'paragraph', paragraph: text('Worked example \u001B]0;pwned\u0007 here')},
      {id: 'b2', type: 'code', code: {...text('ping -c 1 host'), language: 'shell'}},
    ];
    await db.sql`
      insert into stg_notion_flashcards (notion_page_id, raw_properties, raw_content)
      values ('evil-page', '{}', ${db.sql.json(body)})`;
    await db.sql`insert into concepts (name) values ('Zz Orphan Concept')`;
  });
  afterAll(async () => {
    await db.close();
  });

  const screen = (width: number, height: number) =>
    withServices(db, config, <ConceptsScreen isActive width={width} height={height} />);

  it('shows areas collapsed, expands all, and fits 80×24 and 160×48', async () => {
    const view = renderTui(screen(80, 20));
    await waitFor(() => expect(view.frame()).toContain('Network Fundamentals'));
    expect(view.frame()).toMatch(/▸ Network Fundamentals \d+ concepts · \d+ atoms/);
    expect(view.frame()).toContain('Unfiled');
    press(view.stdin, 'concepts.expand-all');
    await waitFor(() => expect(view.frame()).toContain('▾ Network Fundamentals'));
    expect(view.frame()).toMatch(/▸ \S.* \d+ atoms · \d+% atomic · \d+ in Anki · ease/);
    expect(view.lines().length).toBeLessThanOrEqual(20);
    view.update(screen(160, 44));
    await waitFor(() => expect(view.lines().length).toBeGreaterThan(30));
    expect(view.lines().length).toBeLessThanOrEqual(44);
    view.unmount();
  });

  it('filters with /, expands a concept lazily, and opens an inert atom detail', async () => {
    const view = renderTui(screen(100, 30));
    await waitFor(() => expect(view.frame()).toContain('Network Fundamentals'));
    press(view.stdin, 'list.filter');
    await waitFor(() => expect(view.frame()).toContain('filter concepts'));
    typeText(view.stdin, 'hostile c');
    await waitFor(() => expect(view.frame()).toContain('Zz Hostile Concept'));
    expect(view.frame()).not.toContain('Network Fundamentals');
    press(view.stdin, 'palette.run');
    await waitFor(() => expect(view.frame()).not.toContain('▏'));
    press(view.stdin, 'list.down');
    await waitFor(() => expect(view.frame()).toMatch(/› +▸ Zz Hostile Concept 1 atoms/));
    press(view.stdin, 'tree.expand');
    await waitFor(() => expect(view.frame()).toContain('[flashcard] Evil card'));
    press(view.stdin, 'list.down');
    press(view.stdin, 'tree.detail');
    await waitFor(() => expect(view.frame()).toContain('Cleaning history'));
    const raw = view.lastFrame() ?? '';
    expect(raw).not.toContain('\u001B[2J');
    expect(raw).not.toContain('\u001B]');
    expect(raw).not.toContain('\u0007');
    expect(raw).not.toContain('pwned');
    expect(view.frame()).toContain('Evil card  clears?  clipboard  title');
    expect(view.frame()).toContain('back  end');
    // The page body is Markdown, drawn like the card: its code block under its language.
    expect(view.frame()).toMatch(/Notes\n +Worked example {2}here\n+ +┌ shell\n +│ ping -c 1 host/);
    expect(view.frame()).toMatch(/Quality [A-F] \(\d+\/100\)/);
    expect(view.frame()).toContain('not in Anki');
    view.unmount();
  });

  it('shows an atom detail with Anki statistics and quality issues', async () => {
    const view = renderTui(screen(120, 40));
    await waitFor(() => expect(view.frame()).toContain('Network Fundamentals'));
    press(view.stdin, 'concepts.expand-all');
    await waitFor(() => expect(view.frame()).toContain('▾ Network Fundamentals'));
    press(view.stdin, 'list.down');
    press(view.stdin, 'list.down');
    press(view.stdin, 'tree.expand');
    await waitFor(() => expect(view.frame()).toMatch(/\[(flashcard|cloze|mcq)\]/));
    press(view.stdin, 'list.down');
    press(view.stdin, 'tree.detail');
    await waitFor(() => expect(view.frame()).toContain('Cleaning history'));
    expect(view.frame()).toMatch(/Front\n/);
    expect(view.frame()).toMatch(/Anki\n/);
    view.unmount();
  });

  it('shows predicted recall today and on the exam date once an exam is set', async () => {
    await saveExam(db.sql, {examDate: '2026-04-20', scope: null, target: 0.9, minutes: null});
    const view = renderTui(screen(250, 44));
    await waitFor(() => expect(view.frame()).toContain('Network Fundamentals'));
    press(view.stdin, 'concepts.expand-all');
    await waitFor(() => expect(view.frame()).toMatch(/recall \d+% now, \d+% on 2026-04-20/));
    view.unmount();
    await db.sql`delete from exam_plan`;
  });
});
