import {afterAll, beforeAll, expect, it} from 'vitest';
import {loadConfig} from '../../source/config/load-config.js';
import {runNotionSync} from '../../source/notion-sync/run-notion-sync.js';
import {bodyPhase} from '../../source/notion-sync/sync-bodies.js';
import type {ProgressEvent} from '../../source/progress/progress-events.js';
import {textBlock} from '../fakes/notion-blocks.js';
import {awkwardBody, awkwardBodyRequests} from '../fakes/notion-bodies.js';
import {describeEachBackend} from '../helpers/database.js';
import {notionEnv, startNotionWorkspace, syncOnce} from './notion-fixtures.js';

describeEachBackend('notion sync: page bodies', (db) => {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  const cards = () => setup.workspace.entity.flashcards.dataSource.pages;
  const bodyRequests = () => setup.fake.requestsTo('/children', 'GET');
  const stored = async (pageId: string) => {
    const [row] = await db().sql<{raw_content: unknown}[]>`
      select raw_content from stg_notion_flashcards where notion_page_id = ${pageId}`;
    return row?.raw_content;
  };
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 11, flashcards: 40});
    setup.fake.setPageBody(cards()[0]!.id, awkwardBody());
  });
  afterAll(() => setup.fake.close());

  it('the first sync fetches every body after the properties, nested and paginated', async () => {
    const phases: string[] = [];
    const summary = await runNotionSync(db(), {
      config: setup.config,
      client: setup.client(),
      now: () => new Date('2025-06-01T12:00:00Z'),
      onProgress: (event: ProgressEvent) => {
        if (event.type === 'phase') phases.push(event.phase);
      },
    });
    expect(phases.at(-1)).toBe(bodyPhase);
    expect(phases.indexOf(bodyPhase)).toBeGreaterThan(phases.indexOf('Applying changes'));
    expect(summary.bodies).toEqual({
      due: 40,
      fetched: 40,
      missing: 0,
      requests: 39 + awkwardBodyRequests,
    });
    expect(bodyRequests()).toHaveLength(39 + awkwardBodyRequests);
    const [run] = await db().sql<{details: {bodies: unknown; requests: number}}[]>`
      select details from sync_log where id = ${summary.runId}`;
    expect(run?.details).toMatchObject({bodies: summary.bodies, requests: summary.requests});
    const body = (await stored(cards()[0]!.id)) as {type: string; children?: unknown[]}[];
    expect(body).toHaveLength(111);
    expect(body.find((b) => b.type === 'toggle')?.children).toHaveLength(120);
    expect(await stored(cards()[1]!.id)).toEqual([]);
  });

  it('unchanged pages cost no body request; a body-only edit refetches just that body', async () => {
    setup.fake.requests.length = 0;
    const quiet = await syncOnce(db(), setup, {full: true});
    expect(quiet.bodies?.due).toBe(0);
    expect(bodyRequests()).toHaveLength(0);

    setup.fake.advanceClock(5 * 60_000);
    const edited = cards()[2]!;
    setup.fake.setPageBody(edited.id, [textBlock('paragraph', 'Added context.')]);
    const next = await syncOnce(db(), setup, {now: new Date('2025-06-01T12:10:00Z')});
    expect(next.entities.flashcards).toMatchObject({updated: 0, added: 0});
    expect(bodyRequests().map((r) => r.path)).toEqual([`/v1/blocks/${edited.id}/children`]);
    expect(await stored(edited.id)).toMatchObject([{type: 'paragraph'}]);
  });

  it('an interrupted body fetch resumes where it stopped, refetching nothing', async () => {
    setup.fake.advanceClock(5 * 60_000);
    const changed = cards().slice(5, 35);
    for (const page of changed) {
      setup.fake.setPageBody(page.id, [textBlock('paragraph', `Notes for ${page.id}`)]);
    }
    setup.fake.requests.length = 0;
    const stop = new AbortController();
    const interrupted = runNotionSync(db(), {
      config: setup.config,
      client: setup.client(),
      now: () => new Date('2025-06-01T12:20:00Z'),
      signal: stop.signal,
      onProgress: (event) => {
        if (event.type === 'advance' && event.phase === bodyPhase && event.done === 10) {
          stop.abort();
        }
      },
    });
    await expect(interrupted).rejects.toThrow();
    // The properties were committed before the bodies began: the run itself completed.
    const [run] = await db().sql<{status: string}[]>`
      select status from sync_log order by started_at desc limit 1`;
    expect(run?.status).toBe('completed');
    const first = bodyRequests().length;
    expect(first).toBeGreaterThanOrEqual(10);
    expect(first).toBeLessThan(30);
    const resumed = await syncOnce(db(), setup, {now: new Date('2025-06-01T12:21:00Z')});
    expect(resumed.bodies?.due).toBe(30 - first);
    const fetched = bodyRequests().map((r) => r.path.split('/')[3]);
    expect(fetched).toHaveLength(30);
    expect(new Set(fetched).size).toBe(30);
    for (const page of changed) {
      expect(await stored(page.id)).toMatchObject([{type: 'paragraph'}]);
    }
  });

  it('NOTION_PAGE_BODIES=off makes no body request', async () => {
    setup.fake.advanceClock(5 * 60_000);
    setup.fake.setPageBody(cards()[3]!.id, [textBlock('paragraph', 'Never fetched.')]);
    setup.fake.requests.length = 0;
    const env = {...notionEnv(setup.fake, setup.workspace), NOTION_PAGE_BODIES: 'off'};
    const config = loadConfig({...env, NLS_HOME: setup.config.home}, setup.config.home);
    const summary = await syncOnce(
      db(),
      {...setup, config},
      {now: new Date('2025-06-01T12:30:00Z')},
    );
    expect(summary.bodies).toBeUndefined();
    expect(bodyRequests()).toHaveLength(0);
    expect(() => loadConfig({...env, NOTION_PAGE_BODIES: 'maybe'}, setup.config.home)).toThrow(
      /NOTION_PAGE_BODIES.*on or off/,
    );
  });
});
