import {beforeEach, expect, it} from 'vitest';
import {runCleaning} from '../../source/cleaning/pipeline/index.js';
import {explainNearDuplicatePairs} from '../../source/db/cleaning-rows.js';
import {describeEachBackend} from '../helpers/database.js';
import {syntheticCleaningAtoms} from '../helpers/synthetic-dataset.js';
import {resetCleaningTables, seedAtoms} from './cleaning-fixtures.js';

const now = new Date('2025-06-01T12:00:00Z');
const verbose =
  'It is the layer that provides reliable end-to-end delivery. Therefore it also handles ordering, flow control and retransmission, since the network may lose packets.';

interface Proposal {
  original_atom_id: string;
  front: string;
  back: string | null;
  original_front: string;
  status: string;
  source: string;
  batch_id: string;
  quality_score: number;
  rewrite_reason: string;
}

describeEachBackend('cleaning: duplicates', (db) => {
  beforeEach(async () => {
    await resetCleaningTables(db().sql);
  });

  it('groups exact and near duplicates transitively, keeps the best, proposes each merge once', async () => {
    const sql = db().sql;
    const [a, b, c, mac1, mac2, dns] = await seedAtoms(sql, [
      {
        front: 'What is the main role of the transport layers in the OSI reference models?',
        back: verbose,
      },
      {
        front: 'What is the main role of the transport layer in the OSI reference model?',
        back: verbose,
      },
      {
        front: 'What was the main role of the transport layer in the OSI reference model?',
        back: 'End-to-end delivery between processes',
      },
      {front: "Q: What's a MAC address used for", back: 'Addressing frames on a local link'},
      {
        front: 'what is a MAC address used for?',
        back: 'Addressing frames on a local link',
        anki_note_id: 1_700_000_000_001,
      },
      {front: 'What does DNS translate domain names into?', back: 'IP addresses'},
    ]);
    // The chain must really be transitive: a and c are not similar enough on their own.
    const [sims] = await sql<{ab: number; bc: number; ac: number}[]>`
      select similarity(x.front, y.front) as ab, similarity(y.front, z.front) as bc,
             similarity(x.front, z.front) as ac
      from learning_atoms x, learning_atoms y, learning_atoms z
      where x.id = ${a!} and y.id = ${b!} and z.id = ${c!}`;
    expect(sims!.ab).toBeGreaterThanOrEqual(0.85);
    expect(sims!.bc).toBeGreaterThanOrEqual(0.85);
    expect(sims!.ac).toBeLessThan(0.85);

    const report = await runCleaning(db(), {now});
    expect(report.duplicates).toEqual({groups: 2, duplicates: 3, proposals: 3, alreadyProposed: 0});
    const rows = await sql<Proposal[]>`
      select original_atom_id, front, back, original_front, status, source, batch_id,
             quality_score, rewrite_reason
      from review_queue order by original_atom_id`;
    expect(rows.map((row) => row.original_atom_id).sort()).toEqual([a, b, mac1].sort());
    const [keptC] = await sql<{front: string; quality_score: number}[]>`
      select front, quality_score from learning_atoms where id = ${c!}`;
    for (const row of rows) {
      expect(row).toMatchObject({
        status: 'pending',
        source: 'duplicate_merge',
        batch_id: report.runId,
      });
      if (row.original_atom_id === mac1) {
        expect(row.front).toBe('What is a MAC address used for?');
        expect(row.rewrite_reason).toContain('exact duplicate');
        expect(row.rewrite_reason).toContain(mac2!);
        expect(row.rewrite_reason).toContain('Anki-linked');
      } else {
        expect(row.front).toBe(keptC!.front);
        expect(row.back).toBe('End-to-end delivery between processes');
        expect(row.quality_score).toBe(keptC!.quality_score);
        expect(row.rewrite_reason).toContain(c!);
        expect(row.rewrite_reason).toContain('better-graded');
      }
    }
    expect(rows.some((row) => row.original_atom_id === dns)).toBe(false);
    const nearReason = rows.find((row) => row.original_atom_id === b)!.rewrite_reason;
    expect(nearReason).toMatch(/near duplicate \(trigram similarity 0\.\d\d\)/);

    // A second run while the proposals are pending adds nothing.
    const again = await runCleaning(db(), {now});
    expect(again.duplicates).toEqual({groups: 2, duplicates: 3, proposals: 0, alreadyProposed: 3});

    // Resolved proposals (approved or rejected) are not re-reported either.
    await sql`update review_queue set status = 'rejected' where original_atom_id = ${a!}`;
    await sql`update review_queue set status = 'approved' where original_atom_id <> ${a!}`;
    const third = await runCleaning(db(), {now});
    expect(third.duplicates.proposals).toBe(0);
    const [count] = await sql<{n: number}[]>`select count(*)::int as n from review_queue`;
    expect(count!.n).toBe(3);
  });

  it('the near-duplicate query can use the trigram index', async () => {
    const sql = db().sql;
    await seedAtoms(sql, syntheticCleaningAtoms(300, 11));
    await sql`analyze learning_atoms`;
    const plan = (await explainNearDuplicatePairs(sql, 0.85)).join('\n');
    expect(plan).toContain('idx_learning_atoms_front_trgm');
  });
});
