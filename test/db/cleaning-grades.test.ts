import {beforeEach, expect, it} from 'vitest';
import {gradeCard} from '../../source/cleaning/grade-card.js';
import {normalizeFront} from '../../source/cleaning/normalize-front.js';
import {runCleaning} from '../../source/cleaning/pipeline/index.js';
import {DEFAULT_THRESHOLDS} from '../../source/cleaning/thresholds.js';
import {describeEachBackend} from '../helpers/database.js';
import {
  resetCleaningTables,
  type SeedAtom,
  seedAtoms,
  snapshotCleaningState,
} from './cleaning-fixtures.js';

const now = new Date('2025-06-01T12:00:00Z');

const atoms: SeedAtom[] = [
  {front: 'What does DNS translate domain names into?', back: 'IP addresses'},
  {front: "Q: what's the default port of HTTPS", back: '443'},
  {front: 'define latency', back: 'The delay before a transfer of data begins.'},
  {
    front: 'Which layers make up the TCP/IP model?',
    back: '- Link\n- Internet\n- Transport\n- Application',
  },
  {
    front: 'Why does TCP use a three-way handshake and what does each step do?',
    back: 'Because both sides must agree on sequence numbers. Therefore SYN, SYN-ACK and ACK are exchanged. Hence the connection is reliable.',
  },
  {front: 'The {{c1::router}} forwards packets between networks.', back: '', atom_type: 'cloze'},
  {front: 'Q: which protocol resolves MAC addresses', back: '{"options":[]}', atom_type: 'mcq'},
  {front: 'What is TCP?', back: 'x'},
];

describeEachBackend('cleaning: grades, normalisation, dry run', (db) => {
  beforeEach(async () => {
    await resetCleaningTables(db().sql);
  });

  it('stores exactly what gradeCard says, logs each change, and a second run changes nothing', async () => {
    const sql = db().sql;
    const ids = await seedAtoms(sql, atoms);
    const report = await runCleaning(db(), {now});
    expect(report.atoms).toBe(atoms.length);
    expect(report.changes.regraded).toBe(atoms.length);

    const rows = await sql<
      {
        id: string;
        front: string;
        quality_score: number;
        is_atomic: boolean;
        front_word_count: number;
        back_word_count: number;
        atomicity_status: string;
        needs_review: boolean;
      }[]
    >`select id, front, quality_score, is_atomic, front_word_count, back_word_count,
             atomicity_status, needs_review from learning_atoms`;
    const byId = new Map(rows.map((row) => [row.id, row]));
    let normalised = 0;
    const grades = {A: 0, B: 0, C: 0, D: 0, F: 0};
    atoms.forEach((atom, index) => {
      const type = atom.atom_type ?? 'flashcard';
      const front = normalizeFront(atom.front, type);
      if (front.changed) normalised += 1;
      const expected = gradeCard({front: front.front, back: atom.back, atomType: type});
      grades[expected.grade] += 1;
      const row = byId.get(ids[index]!)!;
      expect(row.front).toBe(front.front);
      expect(row).toMatchObject({
        quality_score: expected.qualityScore,
        is_atomic: expected.isAtomic,
        front_word_count: expected.frontWordCount,
        back_word_count: expected.backWordCount,
        atomicity_status: expected.atomicityStatus,
        needs_review: expected.needsReview,
      });
    });
    expect(normalised).toBe(3);
    expect(report.changes.normalized).toBe(3);
    expect(report.grades).toEqual(grades);
    expect(report.grades.A).toBeGreaterThan(0);
    expect(report.needsReview).toBe(grades.D + grades.F);
    expect(report.needsReview).toBeGreaterThan(0);
    expect(report.atomicity.needs_split).toBeGreaterThan(0);

    const logs = await sql<{operation: string; n: number}[]>`
      select operation, count(*)::int as n from cleaning_log group by operation order by 1`;
    expect(logs).toEqual([
      {operation: 'atomicity_check', n: atoms.length},
      {operation: 'prefix_normalize', n: 3},
    ]);
    const [https] = await sql<{old_value: {front: string}; new_value: {front: string}}[]>`
      select old_value, new_value from cleaning_log
      where operation = 'prefix_normalize' and atom_id = ${ids[1]!}`;
    expect(https).toMatchObject({
      old_value: {front: "Q: what's the default port of HTTPS"},
      new_value: {front: 'What is the default port of HTTPS?'},
    });
    expect(https?.new_value).toMatchObject({steps: expect.arrayContaining(['strip_prefix'])});
    // A first grade logs null as the old value and the stored columns, grade and rules as new.
    const dnsGrade = gradeCard({
      front: atoms[0]!.front,
      back: atoms[0]!.back,
      atomType: 'flashcard',
    });
    const [dnsLog] = await sql<{old_value: unknown; new_value: Record<string, unknown>}[]>`
      select old_value, new_value from cleaning_log
      where operation = 'atomicity_check' and atom_id = ${ids[0]!}`;
    expect(dnsLog).toEqual({
      old_value: null,
      new_value: {
        quality_score: dnsGrade.qualityScore,
        is_atomic: dnsGrade.isAtomic,
        front_word_count: dnsGrade.frontWordCount,
        back_word_count: dnsGrade.backWordCount,
        atomicity_status: dnsGrade.atomicityStatus,
        needs_review: dnsGrade.needsReview,
        grade: dnsGrade.grade,
        issues: dnsGrade.issues.map((issue) => issue.rule),
      },
    });
    const runs = await sql<{sync_type: string; status: string; items_processed: number}[]>`
      select sync_type, status, items_processed from sync_log`;
    expect(runs).toEqual([{sync_type: 'cleaning', status: 'completed', items_processed: 8}]);

    const before = await snapshotCleaningState(sql);
    const again = await runCleaning(db(), {now: new Date('2025-06-02T12:00:00Z')});
    expect(again.changes).toEqual({regraded: 0, normalized: 0, logged: 0});
    const after = await snapshotCleaningState(sql);
    expect(after).toEqual({...before, runs: before.runs + 1});

    // Stricter limits regrade: the log then shows the stored columns as the old value.
    const strict = {...DEFAULT_THRESHOLDS, frontWordsOptimal: 3, frontWordsMax: 4};
    const regraded = await runCleaning(db(), {
      now: new Date('2025-06-03T12:00:00Z'),
      thresholds: strict,
    });
    expect(regraded.changes.regraded).toBeGreaterThan(0);
    const [{quality_score: storedScore} = {quality_score: -1}] = await sql<
      {quality_score: number}[]
    >`
      select quality_score from learning_atoms where id = ${ids[4]!}`;
    const [latest] = await sql<
      {old_value: Record<string, unknown>; new_value: Record<string, unknown>}[]
    >`
      select old_value, new_value from cleaning_log
      where operation = 'atomicity_check' and atom_id = ${ids[4]!}
      order by performed_at desc limit 1`;
    const first = rows.find((row) => row.id === ids[4]!)!;
    expect(latest?.old_value).toEqual({
      quality_score: first.quality_score,
      is_atomic: first.is_atomic,
      front_word_count: first.front_word_count,
      back_word_count: first.back_word_count,
      atomicity_status: first.atomicity_status,
      needs_review: first.needs_review,
    });
    expect(latest?.new_value.quality_score).toBe(storedScore);
    expect(storedScore).toBeLessThan(first.quality_score);
  });

  it('--dry-run writes nothing, not even sync_log; a real run then logs every change', async () => {
    const sql = db().sql;
    await seedAtoms(sql, [
      ...atoms,
      {front: 'What does ARP resolve?', back: 'MAC addresses'},
      {front: 'what does ARP resolve', back: 'MAC addresses from IPs'},
    ]);
    const before = await snapshotCleaningState(sql);
    const dry = await runCleaning(db(), {now, dryRun: true});
    expect(await snapshotCleaningState(sql)).toEqual(before);
    expect(before.runs).toBe(0);
    expect(dry).toMatchObject({dryRun: true, runId: null, atoms: 10});
    expect(dry.changes.regraded).toBe(10);
    expect(dry.changes.normalized).toBe(4);
    expect(dry.duplicates).toMatchObject({groups: 1, duplicates: 1, proposals: 1});

    const real = await runCleaning(db(), {now});
    const {changes} = real;
    expect({...changes, logged: 0}).toEqual({...dry.changes, logged: 0});
    expect(changes.logged).toBe(changes.regraded + changes.normalized);
    const state = await snapshotCleaningState(sql);
    expect(state.logs).toBe(changes.logged);
    expect(state.reviews).toBe(1);
    const unlogged = await sql`
      select a.id from learning_atoms a
      where not exists (select 1 from cleaning_log l where l.atom_id = a.id
                        and l.operation = 'atomicity_check')`;
    expect(unlogged).toHaveLength(0);
  });
});
