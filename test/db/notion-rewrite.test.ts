import {afterAll, beforeAll, expect, it} from 'vitest';
import * as v from '../fakes/notion-values.js';
import {describeEachBackend} from '../helpers/database.js';
import {startNotionWorkspace, syncOnce} from './notion-fixtures.js';

describeEachBackend('notion sync: approved local rewrites', (db) => {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 5, flashcards: 40});
  });
  afterAll(() => setup.fake.close());

  it('survive while the Notion page is unchanged; Notion wins once it changes', async () => {
    await syncOnce(db(), setup);
    const cards = setup.workspace.entity.flashcards.dataSource.pages;
    const page = cards.find(
      (p) => (p.properties.Type?.select as {name?: string})?.name === 'flashcard',
    )!;
    // What an approved rewrite leaves behind (the review service's write).
    await db().sql`
      update learning_atoms set front = 'Rewritten front?', back = 'Rewritten back.',
        rewrite_count = 1, last_rewrite_at = now()
      where notion_id = ${page.id}`;
    await syncOnce(db(), setup, {full: true, now: new Date('2025-06-02T00:00:00Z')});
    const read = async () => {
      const [atom] = await db().sql`
        select id, front, back from learning_atoms where notion_id = ${page.id}`;
      return atom!;
    };
    expect(await read()).toMatchObject({front: 'Rewritten front?', back: 'Rewritten back.'});

    setup.fake.advanceClock(10 * 60_000);
    setup.fake.editPage(page.id, {Question: v.title('Edited in Notion?')});
    const summary = await syncOnce(db(), setup, {now: new Date('2025-06-03T00:00:00Z')});
    expect(summary.entities.flashcards?.updated).toBe(1);
    const atom = await read();
    expect(atom.front).toBe('Edited in Notion?');
    const logs = await db().sql`
      select operation, old_value, new_value from cleaning_log where atom_id = ${atom.id}`;
    expect(logs).toEqual([
      {
        operation: 'notion_overwrite',
        old_value: {front: 'Rewritten front?', back: 'Rewritten back.'},
        new_value: {front: 'Edited in Notion?', back: expect.any(String)},
      },
    ]);
  });
});
