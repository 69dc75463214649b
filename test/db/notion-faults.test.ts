import {afterAll, beforeAll, expect, it} from 'vitest';
import type {Database} from '../../source/db/connection.js';
import {NotionClient} from '../../source/notion/client.js';
import {runNotionSync} from '../../source/notion-sync/run-notion-sync.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import type {FaultSpec} from '../fakes/notion-faults.js';
import {createTestDatabase, describeEachBackend} from '../helpers/database.js';
import {startNotionWorkspace} from './notion-fixtures.js';

// Fault injection against the fake Notion: every run ends completed (transient faults are
// retried) or failed with sync_log saying why and the data exactly as before; rerunning after
// the faults stop converges to the state of a run that never saw a fault.
type Setup = Awaited<ReturnType<typeof startNotionWorkspace>>;
let setup: Setup;
let reference: string;
const now = new Date('2025-06-01T12:00:00Z');

function client(): NotionClient {
  return new NotionClient({
    token: setup.fake.token,
    baseUrl: setup.fake.url,
    rateLimit: 0,
    baseDelayMs: 5,
    maxDelayMs: 40,
    maxRetries: 4,
    timeoutMs: 400,
  });
}

function sync(db: Database) {
  return runNotionSync(db, {
    config: setup.config,
    client: client(),
    now: () => now,
    onProgress: ignoreProgress,
    full: true,
  });
}

/** The synced content without timestamps, so two databases can be compared. */
async function contentState(db: Database): Promise<string> {
  const [row] = await db.sql<{sum: string}[]>`
    select md5(concat_ws('|',
      (select string_agg(notion_page_id || sync_hash, ',' order by notion_page_id) from stg_notion_flashcards),
      (select string_agg(concat_ws(':', card_id, atom_type, front, back, removed_at is null), ',' order by card_id) from learning_atoms),
      (select string_agg(concat_ws(':', notion_id, name), ',' order by notion_id) from concepts),
      (select string_agg(concat_ws(':', notion_id, name, week_order), ',' order by notion_id) from learning_modules),
      (select string_agg(concat_ws(':', notion_id, name), ',' order by notion_id) from clean_concept_clusters)
    )) as sum`;
  return row!.sum;
}

beforeAll(async () => {
  setup = await startNotionWorkspace({seed: 5, flashcards: 120});
  const clean = await createTestDatabase('embedded');
  try {
    await sync(clean);
    reference = await contentState(clean);
  } finally {
    await clean.close();
  }
});
afterAll(async () => {
  await setup.fake.close();
});

const transient: [string, number, FaultSpec][] = [
  ['a 429 storm', 4, {status: 429, retryAfter: 0}],
  ['500s', 2, {status: 500}],
  ['503s', 2, {status: 503}],
  ['529s', 2, {status: 529}],
  ['connection resets', 2, {reset: true}],
  ['malformed (truncated) JSON bodies', 2, {malformed: true}],
  ['a timeout', 1, {delayMs: 1500}],
];

describeEachBackend('Notion sync under injected faults', (db) => {
  it.each(transient)(
    'completes through %s and matches a fault-free run',
    async (_name, count, spec) => {
      setup.fake.faults.clear();
      setup.fake.faults.inject(count, spec);
      const summary = await sync(db());
      expect(summary.retries).toBeGreaterThan(0);
      expect(await contentState(db())).toBe(reference);
      const [run] = await db().sql`select status from sync_log order by started_at desc limit 1`;
      expect(run!.status).toBe('completed');
    },
  );

  it('fails with sync_log saying why and the data untouched when the fault persists', async () => {
    await db().sql`delete from learning_atoms where card_id in (
      select card_id from learning_atoms order by card_id limit 3)`;
    const before = await contentState(db());
    const counts = await db().sql`select count(*)::int as n from learning_atoms`;
    setup.fake.faults.inject(1000, {status: 503});
    await expect(sync(db())).rejects.toThrow(/unavailable|503/i);
    setup.fake.faults.clear();
    const [run] = await db().sql`
      select status, error_message from sync_log order by started_at desc limit 1`;
    expect(run!.status).toBe('failed');
    expect(run!.error_message).toMatch(/503|unavailable/i);
    expect(await contentState(db())).toBe(before);
    const after = await db().sql`select count(*)::int as n from learning_atoms`;
    expect(after[0]!.n).toBe(counts[0]!.n);
  });

  it('converges to the fault-free state on the next run', async () => {
    setup.fake.faults.clear();
    await sync(db());
    expect(await contentState(db())).toBe(reference);
  });
});
