import {afterAll, expect, it} from 'vitest';
import {NotionClient} from '../source/notion/client.js';
import {runNotionSync} from '../source/notion/sync/run-notion-sync.js';
import {ignoreProgress} from '../source/progress/progress-events.js';
import {startNotionWorkspace} from '../test/db/notion-fixtures.js';
import {createTestDatabase, testBackends} from '../test/helpers/database.js';
import {record} from './recorder.js';

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
      config: setup.config,
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
  });
}

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
