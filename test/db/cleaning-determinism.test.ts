import {afterAll, beforeAll, beforeEach, expect, it} from 'vitest';
import {runCleaning} from '../../source/cleaning/pipeline/index.js';
import {clearAllData} from '../../source/db/demo-marker.js';
import {describeEachBackend} from '../helpers/database.js';
import {resetCleaningTables, seedAtoms} from './cleaning-fixtures.js';
import {startNotionWorkspace, syncOnce} from './notion-fixtures.js';

// Issue 17, defect 10: which card a duplicate-merge proposal keeps must follow from the cards,
// not from their random uuids, and the reason must name the rule that decided.
const now = new Date('2025-06-01T12:00:00Z');
const created = new Date('2025-01-01T00:00:00Z');
const front = 'What does ARP resolve an IPv4 address into?';

describeEachBackend('cleaning: deterministic merge proposals', (db) => {
  beforeEach(async () => {
    await resetCleaningTables(db().sql);
  });

  async function keptFor(ids: [string, string]): Promise<{duplicate: string; reason: string}> {
    await resetCleaningTables(db().sql);
    // Equal in grade, Anki link and age: only the CardID (or the uuid) can decide.
    await seedAtoms(db().sql, [
      {id: ids[0], front, back: 'A MAC address', card_id: 'NET-0002', created_at: created},
      {id: ids[1], front, back: 'A MAC address', card_id: 'NET-0001', created_at: created},
    ]);
    await runCleaning(db(), {now});
    const [row] = await db().sql<{card_id: string; rewrite_reason: string}[]>`
      select a.card_id, q.rewrite_reason from review_queue q
      join learning_atoms a on a.id = q.original_atom_id
      where q.source = 'duplicate_merge'`;
    return {duplicate: row!.card_id, reason: row!.rewrite_reason};
  }

  it('keeps the same card whichever uuid each got, and says why', async () => {
    const low = '00000000-0000-4000-8000-00000000aaaa';
    const high = 'ffffffff-ffff-4fff-bfff-ffffffffffff';
    const first = await keptFor([low, high]);
    const swapped = await keptFor([high, low]);
    expect(first.duplicate).toBe('NET-0002');
    expect(swapped.duplicate).toBe('NET-0002');
    expect(first.reason).toBe(swapped.reason);
    expect(first.reason).toContain('NET-0001');
    expect(first.reason).not.toContain('older');
    expect(first.reason).toContain('CardID sorts first');
  });

  describeSyncs(db);
});

function describeSyncs(db: Parameters<Parameters<typeof describeEachBackend>[1]>[0]) {
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  beforeAll(async () => {
    setup = await startNotionWorkspace({seed: 7, flashcards: 120});
  });
  afterAll(() => setup.fake.close());

  async function proposalsOfAFreshSync(): Promise<string[]> {
    await clearAllData(db().sql);
    await syncOnce(db(), setup);
    // Same Notion content, fresh rows: every atom gets a new uuid.
    await runCleaning(db(), {now});
    const rows = await db().sql<{card_id: string; front: string; rewrite_reason: string}[]>`
      select a.card_id, q.front, q.rewrite_reason from review_queue q
      join learning_atoms a on a.id = q.original_atom_id
      where q.source = 'duplicate_merge' order by a.card_id`;
    return rows.map((row) => `${row.card_id} | ${row.front} | ${row.rewrite_reason}`);
  }

  it('identical syncs give identical merge proposals', async () => {
    const first = await proposalsOfAFreshSync();
    const second = await proposalsOfAFreshSync();
    // 12 exact and 1 near duplicate in this workspace (seed 7).
    expect(first).toHaveLength(13);
    expect(second).toEqual(first);
  }, 120_000);
}
