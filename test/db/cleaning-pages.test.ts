import {beforeEach, expect, it} from 'vitest';
import {type CleaningReport, runCleaning} from '../../source/cleaning/pipeline/index.js';
import type {Sql} from '../../source/db/sql-client.js';
import {describeEachBackend} from '../helpers/database.js';
import {syntheticCleaningAtoms} from '../helpers/synthetic-dataset.js';
import {resetCleaningTables, seedAtoms} from './cleaning-fixtures.js';

const now = new Date('2025-06-01T12:00:00Z');
// Fixed ids in an order unlike the creation order, so a second seeding gives the same rows.
const atoms = syntheticCleaningAtoms(400, 7).map((atom, index) => ({
  ...atom,
  id: `00000000-0000-4000-8000-${String((index * 7919) % 100_003).padStart(12, '0')}`,
}));

// Everything a run leaves behind, without the ids and times that differ from run to run.
async function outcome(sql: Sql) {
  const stored = await sql`
    select id, front, quality_score, is_atomic, front_word_count, back_word_count,
           atomicity_status, needs_review,
           case when removed_at is null then updated_at end as updated_at
    from learning_atoms order by id`;
  const logged = await sql`
    select atom_id, operation, old_value, new_value from cleaning_log
    order by atom_id, operation`;
  const proposed = await sql`
    select original_atom_id, front, back, original_front, original_back, rewrite_reason,
           quality_score
    from review_queue order by original_atom_id`;
  return {stored, logged, proposed};
}

function comparable(report: CleaningReport) {
  const {seconds: _seconds, runId: _runId, batchId: _batchId, ...rest} = report;
  return rest;
}

describeEachBackend('cleaning in pages', (db) => {
  // Removed atoms sit between live ones in id order; the pages must skip them.
  const seed = async () => {
    await resetCleaningTables(db().sql);
    const ids = await seedAtoms(db().sql, atoms);
    await db().sql`
      update learning_atoms set removed_at = ${now}
      where id = any(${ids.filter((_, index) => index % 9 === 4)}::uuid[])`;
  };
  beforeEach(seed);

  it('cleans in pages of 7 exactly as in one page', async () => {
    const whole = await runCleaning(db(), {now, pageSize: 10_000});
    const expected = await outcome(db().sql);

    await seed();
    const paged = await runCleaning(db(), {now, pageSize: 7});

    expect(comparable(paged)).toEqual(comparable(whole));
    expect(paged.atoms).toBe(atoms.length - Math.ceil((atoms.length - 4) / 9));
    expect(paged.changes.regraded).toBe(paged.atoms);
    expect(paged.duplicates.groups).toBeGreaterThan(0);
    expect(await outcome(db().sql)).toEqual(expected);
  });

  it('logs in atom order across pages, with ids that rise as the atoms do', async () => {
    await runCleaning(db(), {now, pageSize: 5});
    const rows = await db().sql<{id: string; atom_id: string; operation: string}[]>`
      select id, atom_id, operation from cleaning_log order by id`;
    expect(rows.length).toBeGreaterThan(atoms.length * 0.8);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    const atomOrder = rows.map((row) => row.atom_id);
    expect(atomOrder).toEqual([...atomOrder].sort());
  });

  it('a dry run in pages reports what a real run does and writes nothing', async () => {
    const dry = await runCleaning(db(), {now, pageSize: 11, dryRun: true});
    const before = await outcome(db().sql);
    expect(before.logged).toHaveLength(0);
    expect(before.proposed).toHaveLength(0);
    const real = await runCleaning(db(), {now, pageSize: 11});
    expect(dry.atoms).toBe(real.atoms);
    expect(dry.grades).toEqual(real.grades);
    expect(dry.changes.regraded).toBe(real.changes.regraded);
    expect(dry.changes.normalized).toBe(real.changes.normalized);
  });
});
