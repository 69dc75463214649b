import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {expect, it} from 'vitest';
import {gradeCard} from '../../source/cleaning/grade-card.js';
import {loadConfig} from '../../source/config/load-config.js';
import type {Sql} from '../../source/db/sql-client.js';
import {cleanDemoCard} from '../../source/demo/demo-cleaning.js';
import {loadDemoData} from '../../source/demo/load-demo.js';
import {cleanJob} from '../../source/jobs/clean-job.js';
import {ignoreProgress} from '../../source/progress/progress-events.js';
import {describeEachBackend} from '../helpers/database.js';

const now = new Date('2026-03-10T12:00:00Z');

// Everything a cleaning run may write: the atoms' cleaning columns, proposals and its log.
async function snapshot(sql: Sql) {
  const atoms = await sql`
    select id, front, front_plain, back, quality_score::float8 as quality_score, is_atomic,
           front_word_count, back_word_count, atomicity_status, needs_review, updated_at
    from learning_atoms order by id`;
  const queue =
    await sql`select id, status, source, original_atom_id from review_queue order by id`;
  const [log] = await sql<{n: number}[]>`select count(*)::int as n from cleaning_log`;
  return {atoms: [...atoms], queue: [...queue], logged: log!.n};
}

describeEachBackend('the demo course is stored as a cleaning run leaves it', (db) => {
  it('a first nls clean on the fresh demo changes nothing', async () => {
    const sql = db().sql;
    await loadDemoData(sql, {now});
    const before = await snapshot(sql);
    expect(before.atoms.length).toBeGreaterThan(300);
    expect(before.logged).toBe(0);

    const home = mkdtempSync(path.join(os.tmpdir(), 'nls-demo-clean-'));
    const config = loadConfig({NLS_HOME: home}, home);
    const outcome = await cleanJob({db: db(), config, now: () => now, onProgress: ignoreProgress});

    const {summary} = outcome;
    expect(summary.atoms).toBe(before.atoms.length);
    expect(summary.changes).toEqual({regraded: 0, normalized: 0, logged: 0});
    expect(summary.duplicates).toMatchObject({groups: 0, duplicates: 0, proposals: 0});
    expect(outcome.lines[0]).toMatch(/0 regraded, 0 normalised, 0 merge proposals/);
    expect(await snapshot(sql)).toEqual(before);
  });

  it('every pending proposal quotes its original as stored', async () => {
    const rows = await db().sql<{quoted: boolean}[]>`
      select q.original_front = a.front and q.original_back is not distinct from a.back as quoted
      from review_queue q join learning_atoms a on a.id = q.original_atom_id
      where q.status = 'pending'`;
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.filter((row) => !row.quoted)).toEqual([]);
  });
});

it('cleanDemoCard tidies a front and grades the tidied text, as a cleaning run does', () => {
  const card = {front: 'Q: what port does BGP use', back: 'TCP 179', atomType: 'flashcard'};
  const cleaned = cleanDemoCard(card);
  expect(cleaned.front).toBe('What port does BGP use?');
  const grade = gradeCard({...card, front: cleaned.front});
  expect(cleaned).toMatchObject({
    qualityScore: grade.qualityScore,
    frontWordCount: grade.frontWordCount,
    atomicityStatus: grade.atomicityStatus,
  });
  expect(
    cleanDemoCard({front: 'Run `ls -l` to list', back: null, atomType: 'cloze'}),
  ).toMatchObject({
    front: 'Run `ls -l` to list',
    frontPlain: 'Run ls -l to list',
  });
});
