import {afterAll, expect, it} from 'vitest';
import {NotionClient} from '../source/notion/client.js';
import {runNotionSync} from '../source/notion-sync/run-notion-sync.js';
import {syncPageBodies} from '../source/notion-sync/sync-bodies.js';
import {ignoreProgress} from '../source/progress/progress-events.js';
import {startNotionWorkspace} from '../test/db/notion-fixtures.js';
import type {FakeDatabase} from '../test/fakes/notion-model.js';
import {createTestDatabase, testBackends} from '../test/helpers/database.js';
import {bodyRequestMinimum, changeBodies} from './notion-bodies-setup.js';
import {record} from './recorder.js';

// The least a full sync can ask: one query per 100 pages of each database (at least one).
const requestFloor = (databases: readonly FakeDatabase[]) =>
  databases.reduce((sum, db) => sum + Math.max(1, Math.ceil(db.dataSource.pages.length / 100)), 0);

const cards = 10_000;
const closers: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const close of closers) await close();
});

for (const backend of testBackends()) {
  it(`full sync + transform of ${cards} flashcards from the fake (${backend})`, async () => {
    const setup = await startNotionWorkspace({seed: 42, flashcards: cards});
    const db = await createTestDatabase(backend);
    closers.push(
      () => setup.fake.close(),
      () => db.close(),
    );
    const start = performance.now();
    let fetchedAt = start;
    const summary = await runNotionSync(db, {
      // Properties only: the page-body step has a row of its own below.
      config: {...setup.config, notion: {...setup.config.notion, pageBodies: false}},
      client: setup.client(),
      now: () => new Date(),
      onProgress: (event) => {
        if (event.type === 'phase' && event.phase === 'Applying changes') {
          fetchedAt = performance.now();
        }
      },
    });
    const seconds = (performance.now() - start) / 1000;
    const fetchSeconds = (fetchedAt - start) / 1000;
    expect(summary.entities.flashcards?.added).toBe(cards);
    const pages = Object.values(summary.entities).reduce((sum, c) => sum + c.fetched, 0);
    record({
      id: `notion.full-sync.${backend}`,
      job: `Notion full sync + transform, ${cards} flashcards + hierarchy, rate limit lifted (${backend})`,
      value: seconds,
      unit: 's',
      reference: {label: 'fetching the pages alone, same run', value: fetchSeconds},
      target:
        backend === 'embedded'
          ? {op: '<', value: 15, describe: '< 15 s'}
          : {op: '<', value: 8, describe: '< 8 s'},
      notes: `${pages} pages (${Math.round(pages / seconds)} pages/s), ${summary.requests} requests; fetch ${fetchSeconds.toFixed(1)} s, apply ${(seconds - fetchSeconds).toFixed(1)} s`,
    });
    const floor = requestFloor(setup.workspace.databases);
    record({
      id: 'notion.full-sync.requests',
      job: `Notion full sync of ${cards} flashcards + hierarchy: requests`,
      value: summary.requests,
      unit: 'requests',
      reference: {label: 'the floor, one query per 100 pages per database', value: floor},
      target: {op: '<=', value: 1.1, describe: '≤ 1.1 × the floor', ratio: true},
      notes: `${Object.keys(summary.entities).length} database lookups included; relations expanded only where mapped`,
    });
  });
}

it('page bodies of 1,000 changed pages at NOTION_RATE_LIMIT=3: wall time vs the minimum', async () => {
  const setup = await startNotionWorkspace({seed: 44, flashcards: 1000});
  const db = await createTestDatabase('embedded');
  closers.push(
    () => setup.fake.close(),
    () => db.close(),
  );
  const propertiesOnly = {...setup.config, notion: {...setup.config.notion, pageBodies: false}};
  const sync = () =>
    runNotionSync(db, {
      config: propertiesOnly,
      client: setup.client(),
      now: () => new Date(),
      onProgress: ignoreProgress,
    });
  await sync();
  const changed = changeBodies(setup.fake, setup.workspace.entity.flashcards);
  const minimum = bodyRequestMinimum(changed);
  // The walk that finds the changes runs unthrottled; only the body step meets the limit.
  await sync();
  const client = new NotionClient({token: setup.fake.token, baseUrl: setup.fake.url, rateLimit: 3});
  const start = performance.now();
  const bodies = await syncPageBodies(db, client, {onProgress: ignoreProgress});
  const seconds = (performance.now() - start) / 1000;
  expect(bodies.fetched).toBe(changed.length);
  expect(client.stats.requests).toBe(bodies.requests);
  record({
    id: 'notion.page-bodies-3',
    job: `Page bodies of ${changed.length} changed pages at NOTION_RATE_LIMIT=3: wall time`,
    value: Math.round(seconds * 10) / 10,
    unit: 's',
    reference: {
      label: "the limit's minimum, least requests ÷ 3 s",
      value: Math.round((minimum / 3) * 10) / 10,
    },
    target: {op: '<=', value: 1.1, describe: '≤ 1.1 × (least requests ÷ 3 s)', ratio: true},
    notes: `${bodies.requests} requests (least possible: ${minimum}), ${(bodies.requests / seconds).toFixed(2)} requests/s`,
  });
});

it('rate limit 3/s on a small workspace: wall time vs requests ÷ 3', async () => {
  const setup = await startNotionWorkspace({seed: 43, flashcards: 60});
  const db = await createTestDatabase('embedded');
  closers.push(
    () => setup.fake.close(),
    () => db.close(),
  );
  const client = new NotionClient({token: setup.fake.token, baseUrl: setup.fake.url, rateLimit: 3});
  const start = performance.now();
  const summary = await runNotionSync(db, {
    config: setup.config,
    client,
    now: () => new Date(),
    onProgress: ignoreProgress,
  });
  const seconds = (performance.now() - start) / 1000;
  const ideal = summary.requests / 3;
  record({
    id: 'notion.rate-limit-3',
    job: `Notion sync at NOTION_RATE_LIMIT=3, ${summary.requests} requests: wall time`,
    value: Math.round(seconds * 100) / 100,
    unit: 's',
    reference: {label: "the limit's minimum, requests ÷ 3 s", value: Math.round(ideal * 100) / 100},
    target: {
      op: '<=',
      value: Math.round(ideal * 1.1 * 100) / 100,
      describe: '≤ 1.1 × (requests ÷ 3 s)',
    },
    notes: 'the bucket starts with a burst of 3 tokens, so a short run can beat the minimum',
  });
});
