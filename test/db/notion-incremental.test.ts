import {afterAll, beforeAll, expect, it} from 'vitest';
import * as v from '../fakes/notion-values.js';
import {describeEachBackend} from '../helpers/database.js';
import {startNotionWorkspace, syncOnce} from './notion-fixtures.js';

describeEachBackend('notion sync: incremental changes and deletions', (db) => {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 11, flashcards: 80});
  });
  afterAll(() => setup.fake.close());

  it('applies exactly the edited, added and trashed pages with one query per data source', async () => {
    const {fake, workspace} = setup;
    const first = await syncOnce(db(), setup);
    expect(first.type).toBe('notion_full');
    const cards = workspace.entity.flashcards.dataSource;
    const concepts = workspace.entity.concepts.dataSource;
    fake.advanceClock(30 * 60_000);
    const plain = cards.pages.filter(
      (p) => (p.properties.Type?.select as {name?: string} | null)?.name === 'flashcard',
    );
    const edited = [plain[20]!, plain[21]!];
    fake.editPage(edited[0]!.id, {Question: v.title('Edited question one? ✓')});
    fake.editPage(edited[1]!.id, {Answer: v.richText('Edited answer two — ünïcode')});
    const concept = concepts.pages[5]!;
    fake.editPage(concept.id, {Definition: v.richText('A new definition.')});
    const conceptId = concepts.pages[2]!.id;
    const added = [1, 2].map((i) =>
      fake.addPage(cards.id, {
        Question: v.title(`New card ${i}?`),
        Answer: v.richText(`Answer ${i}`),
        CardID: v.richText(`NEW-${i}`),
        Type: v.select('flashcard'),
        Concept: v.relation([conceptId]),
      }),
    );
    const trashed = plain[25]!;
    fake.trashPage(trashed.id);
    fake.requests.length = 0;

    const summary = await syncOnce(db(), setup, {now: new Date('2025-06-01T13:00:00Z')});
    expect(summary.type).toBe('notion_incremental');
    expect(summary.entities.flashcards).toMatchObject({added: 2, updated: 2, removed: 0});
    expect(summary.entities.concepts).toMatchObject({added: 0, updated: 1, removed: 0});
    for (const entity of ['programs', 'tracks', 'modules', 'concept_areas', 'concept_clusters']) {
      expect(summary.entities[entity as 'programs']).toMatchObject({added: 0, updated: 0});
    }
    // One query per data source; the rest are relation pages of returned pages (the edited
    // concept's Flashcards relation when it has more than 25 cards); no database lookups.
    const queries = fake.requestsTo('/query', 'POST');
    expect(queries).toHaveLength(7);
    const relationPages = fake.requestsTo('/properties/', 'GET');
    // Bodies: exactly the new and edited cards, one request each; none for unchanged pages.
    const bodies = fake.requestsTo('/children', 'GET').map((r) => r.path.split('/')[3]);
    expect(bodies.sort()).toEqual([...edited, ...added].map((p) => p.id).sort());
    expect(fake.requests).toHaveLength(queries.length + relationPages.length + bodies.length);
    for (const query of queries) {
      expect(JSON.stringify(query.body)).toContain('last_edited_time');
    }
    const atoms = await db().sql<
      {notion_id: string; front: string; back: string; removed_at: Date | null}[]
    >`
      select notion_id, front, back, removed_at from learning_atoms
      where notion_id = any(${[...edited, ...added, trashed].map((p) => p.id)}::text[])`;
    const byId = new Map(atoms.map((a) => [a.notion_id, a]));
    expect(byId.get(edited[0]!.id)?.front).toBe('Edited question one? ✓');
    expect(byId.get(edited[1]!.id)?.back).toBe('Edited answer two — ünïcode');
    expect(byId.get(added[0]!.id)?.front).toBe('New card 1?');
    expect(byId.get(trashed.id)?.removed_at).toBeNull();
    const [def] = await db().sql`select definition from concepts where notion_id = ${concept.id}`;
    expect(def?.definition).toBe('A new definition.');
    const [linked] = await db().sql`
      select c.notion_id from learning_atoms a join concepts c on c.id = a.concept_id
      where a.notion_id = ${added[1]!.id}`;
    expect(linked?.notion_id).toBe(conceptId);

    // The next full sweep removes the trashed page from staging and marks its atom.
    const full = await syncOnce(db(), setup, {full: true, now: new Date('2025-06-01T14:00:00Z')});
    expect(full.entities.flashcards).toMatchObject({added: 0, updated: 0, removed: 1});
    const [gone] = await db().sql`
      select removed_at from learning_atoms where notion_id = ${trashed.id}`;
    expect(gone?.removed_at).toEqual(new Date('2025-06-01T14:00:00Z'));
    const [staged] = await db().sql`
      select count(*)::int as n from stg_notion_flashcards where notion_page_id = ${trashed.id}`;
    expect(staged?.n).toBe(0);
  });

  it('stores the checkpoint in the completed sync_log row and reports the run', async () => {
    const rows = await db().sql<
      {sync_type: string; status: string; details: Record<string, unknown>}[]
    >`
      select sync_type, status, details from sync_log order by started_at`;
    expect(rows.map((r) => [r.sync_type, r.status])).toEqual([
      ['notion_full', 'completed'],
      ['notion_incremental', 'completed'],
      ['notion_full', 'completed'],
    ]);
    const details = rows[1]!.details;
    expect(details.flashcards).toMatchObject({added: 2, updated: 2, orphans: 0, errors: 0});
    expect(typeof details.checkpoint).toBe('string');
    expect(details.requests).toBeGreaterThanOrEqual(7);
    expect(Date.parse(String(details.checkpoint))).toBeGreaterThanOrEqual(
      Date.parse('2025-06-01T12:30:00Z'),
    );
  });
});
