import {beforeEach, expect, it} from 'vitest';
import {runCleaning} from '../../source/cleaning/pipeline/index.js';
import {describeEachBackend} from '../helpers/database.js';
import {resetCleaningTables, seedAtoms} from './cleaning-fixtures.js';

const now = new Date('2025-06-01T12:00:00Z');

describeEachBackend('cleaning: Markdown fronts', (db) => {
  beforeEach(async () => {
    await resetCleaningTables(db().sql);
  });

  const plainOf = async (id: string) => {
    const [row] = await db().sql<{front_plain: string | null}[]>`
      select front_plain from learning_atoms where id = ${id}`;
    return row?.front_plain;
  };

  it('groups a bold copy with its plain twin and judges near duplicates on plain text', async () => {
    const sql = db().sql;
    const [plain, bold, linked, near, other] = await seedAtoms(sql, [
      {front: 'Which layer routes packets between networks?', back: 'The network layer'},
      {front: 'Which layer **routes** packets between networks?', back: 'The *network* layer'},
      {
        front: 'Which layer routes packets between [networks](https://example.org/n)?',
        back: 'The network layer',
      },
      {front: 'Which layers route packets between networks?', back: 'Network'},
      {front: 'What does `ping` send?', back: 'ICMP echo requests'},
    ]);
    const report = await runCleaning(db(), {now});
    // One group: the bold and linked copies are exact duplicates of the plain one (same plain
    // text), "Which layers route …" is a trigram neighbour (0.87) of the plain text.
    expect(report.duplicates).toMatchObject({groups: 1, duplicates: 3});
    const queued = await sql<{original_atom_id: string; rewrite_reason: string}[]>`
      select original_atom_id, rewrite_reason from review_queue`;
    const proposed = new Set(queued.map((row) => row.original_atom_id));
    expect([plain, bold, linked, near].filter((id) => proposed.has(id!))).toHaveLength(3);
    expect(proposed.has(other!)).toBe(false);
    const exact = queued.filter((row) => row.rewrite_reason.includes('exact duplicate'));
    expect(exact.length).toBeGreaterThanOrEqual(1);
    // The plain projection is stored only where it differs from the front.
    expect(await plainOf(plain!)).toBeNull();
    expect(await plainOf(bold!)).toBe('Which layer routes packets between networks?');
    expect(await plainOf(linked!)).toBe('Which layer routes packets between networks?');
    expect(await plainOf(other!)).toBe('What does ping send?');
    // pg_trgm judges the plain text: the bold copy is identical to the plain one there.
    const [sim] = await sql<{s: number}[]>`
      select similarity(coalesce(a.front_plain, a.front), coalesce(b.front_plain, b.front)) as s
      from learning_atoms a, learning_atoms b where a.id = ${plain!} and b.id = ${bold!}`;
    expect(sim?.s).toBe(1);
  });

  it('a front changed outside cleaning drops its stale plain text until the next run', async () => {
    const sql = db().sql;
    const [id] = await seedAtoms(sql, [{front: 'What does **ARP** resolve?', back: 'MAC'}]);
    await runCleaning(db(), {now});
    expect(await plainOf(id!)).toBe('What does ARP resolve?');
    await sql`update learning_atoms set front = 'What does *RARP* resolve?' where id = ${id!}`;
    expect(await plainOf(id!)).toBeNull();
    // A write that sets both keeps what it wrote; grading alone leaves it alone.
    await sql`update learning_atoms set quality_score = 0.5 where id = ${id!}`;
    await runCleaning(db(), {now: new Date('2025-06-02T12:00:00Z')});
    expect(await plainOf(id!)).toBe('What does RARP resolve?');
    await sql`
      update learning_atoms set front = 'What does **NDP** do?', front_plain = 'What does NDP do?'
      where id = ${id!}`;
    expect(await plainOf(id!)).toBe('What does NDP do?');
  });
});
