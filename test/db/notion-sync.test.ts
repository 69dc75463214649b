import {afterAll, beforeAll, expect, it} from 'vitest';
import {defaultPropertyNames} from '../../source/notion/property-names.js';
import {syncHash} from '../../source/notion/sync-hash.js';
import {renderPage} from '../fakes/notion-model.js';
import {describeEachBackend} from '../helpers/database.js';
import {startNotionWorkspace, syncOnce, tableCounts} from './notion-fixtures.js';

const firstId = (value: Record<string, unknown> | undefined) =>
  ((value?.relation ?? []) as {id: string}[])[0]?.id;

describeEachBackend('notion sync: full sync and idempotence', (db) => {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 7, flashcards: 120});
  });
  afterAll(() => setup.fake.close());

  it('stages every page and builds a fully linked hierarchy', async () => {
    const summary = await syncOnce(db(), setup);
    const e = setup.workspace.entity;
    const n = (name: keyof typeof e) => e[name].dataSource.pages.length;
    expect(summary.type).toBe('notion_full');
    expect(summary.entities.flashcards).toMatchObject({added: 120, updated: 0, removed: 0});
    expect(summary.entities.flashcards?.orphans).toBe(0);
    expect(await tableCounts(db())).toEqual({
      stg_flashcards: 120,
      stg_concepts: n('concepts'),
      stg_areas: n('concept_areas'),
      stg_clusters: n('concept_clusters'),
      stg_modules: 12,
      stg_tracks: 4,
      stg_programs: 2,
      atoms: 120,
      concepts: n('concepts'),
      areas: n('concept_areas'),
      clusters: n('concept_clusters'),
      modules: 12,
      tracks: 4,
      programs: 2,
    });
    // Every staged row is the page's mapped properties (and the title) as the API renders them.
    const cards = e.flashcards.dataSource.pages;
    const mapped = new Set(Object.values(defaultPropertyNames.flashcards) as string[]);
    const staged = await db().sql<
      {notion_page_id: string; raw_properties: unknown; sync_hash: string}[]
    >`
      select notion_page_id, raw_properties, sync_hash from stg_notion_flashcards`;
    const byId = new Map(staged.map((row) => [row.notion_page_id, row]));
    for (const page of cards.slice(0, 20)) {
      const rendered = renderPage(page, e.flashcards) as {properties: Record<string, unknown>};
      const kept = Object.fromEntries(
        Object.entries(rendered.properties).filter(([name]) => mapped.has(name)),
      );
      const row = byId.get(page.id);
      expect(row?.raw_properties).toEqual(kept);
      expect(row?.sync_hash).toBe(syncHash(kept));
    }
    // The concept with > 25 cards: its Flashcards relation is not mapped, so it is neither
    // staged nor paged through.
    const [big] = await db().sql<{kept: boolean}[]>`
      select raw_properties ? 'Flashcards' as kept
      from stg_notion_concepts where notion_page_id = ${setup.workspace.bigConceptId}`;
    expect(big?.kept).toBe(false);
    expect(setup.fake.requestsTo('/properties/')).toHaveLength(0);
    // Links: every atom has concept and module; every concept a cluster or an area.
    const [links] = await db().sql<Record<string, number>[]>`
      select
        (select count(*)::int from learning_atoms where concept_id is null or module_id is null) as loose_atoms,
        (select count(*)::int from concepts where cluster_id is null and concept_area_id is null) as loose_concepts,
        (select count(*)::int from concepts where concept_area_id is not null) as area_concepts,
        (select count(*)::int from clean_concept_clusters where concept_area_id is null) as loose_clusters,
        (select count(*)::int from learning_modules where track_id is null) as loose_modules,
        (select count(*)::int from clean_tracks where program_id is null) as loose_tracks`;
    expect(links).toEqual({
      loose_atoms: 0,
      loose_concepts: 0,
      area_concepts: expect.any(Number),
      loose_clusters: 0,
      loose_modules: 0,
      loose_tracks: 0,
    });
    expect(links?.area_concepts).toBeGreaterThan(0);
  });

  it('maps a sample of rows field by field', async () => {
    const e = setup.workspace.entity;
    const card = e.flashcards.dataSource.pages[3]!;
    const text = (value: unknown) =>
      (
        (value as {title?: {plain_text: string}[]; rich_text?: {plain_text: string}[]}).title ??
        (value as {rich_text: {plain_text: string}[]}).rich_text
      )
        .map((t) => t.plain_text)
        .join('');
    const [atom] = await db().sql`
      select a.card_id, a.atom_type, a.front, a.back, a.source, c.notion_id as concept,
        m.notion_id as module, a.content
      from learning_atoms a join concepts c on c.id = a.concept_id
      join learning_modules m on m.id = a.module_id where a.notion_id = ${card.id}`;
    expect(atom).toMatchObject({
      card_id: text(card.properties.CardID),
      atom_type: (card.properties.Type?.select as {name: string} | undefined)?.name,
      front: text(card.properties.Question),
      back: text(card.properties.Answer),
      source: 'notion',
      concept: firstId(card.properties.Concept),
      module: firstId(card.properties.Module),
    });
    const quiz = await db().sql<{atom_type: string; content: unknown}[]>`
      select atom_type, content from learning_atoms where atom_type in ('mcq', 'true_false', 'matching', 'parsons')`;
    expect(quiz.length).toBeGreaterThan(0);
    for (const row of quiz) expect(row.content).not.toBeNull();
    const program = e.programs.dataSource.pages[0]!;
    const [p] = await db().sql`
      select name, status, start_date::text as start_date, end_date::text as end_date
      from clean_programs where notion_id = ${program.id}`;
    expect(p).toEqual({
      name: 'CCNA 200-301',
      status: 'in_progress',
      start_date: '2025-01-06',
      end_date: '2025-09-30',
    });
    const cluster = e.concept_clusters.dataSource.pages[0]!;
    const [c] = await db().sql`
      select c.name, c.exam_weight, c.display_order, a.notion_id as area
      from clean_concept_clusters c join clean_concept_areas a on a.id = c.concept_area_id
      where c.notion_id = ${cluster.id}`;
    expect(c).toEqual({
      name: text(cluster.properties.Name),
      exam_weight: cluster.properties.ExamWeight?.number,
      display_order: 1,
      area: firstId(cluster.properties.ConceptArea),
    });
  });

  it('a second full sync with no changes rewrites nothing', async () => {
    const snapshot = () => db().sql<{t: string; xmin: string; id: string}[]>`
      select 'stg' as t, xmin::text, notion_page_id as id from stg_notion_flashcards
      union all select 'atom', xmin::text, id::text from learning_atoms
      union all select 'concept', xmin::text, id::text from concepts
      union all select 'stg_concept', xmin::text, notion_page_id from stg_notion_concepts
      union all select 'module', xmin::text, id::text from learning_modules
      order by 1, 3`;
    const before = await snapshot();
    const summary = await syncOnce(db(), setup, {
      full: true,
      now: new Date('2025-06-02T00:00:00Z'),
    });
    expect(summary.type).toBe('notion_full');
    expect(summary.totals).toEqual({
      added: 0,
      updated: 0,
      unchanged: summary.totals.unchanged,
      removed: 0,
    });
    for (const counts of Object.values(summary.entities)) {
      expect(counts.unchanged).toBe(counts.fetched);
    }
    expect(await snapshot()).toEqual(before);
  });
});
