import {beforeEach, expect, it} from 'vitest';
import {findSimilarPairs} from '../../source/cleaning/near-duplicates.js';
import {findNearPairs, planNearPass} from '../../source/cleaning/pipeline/near-pass.js';
import {runCleaning} from '../../source/cleaning/pipeline/run-cleaning.js';
import {trigramSet} from '../../source/cleaning/trigrams.js';
import {findNearDuplicatePairs, type NearPair} from '../../source/db/cleaning-rows.js';
import type {Sql} from '../../source/db/sql-client.js';
import {seededRandom} from '../../source/demo/seeded-random.js';
import {describeEachBackend} from '../helpers/database.js';
import {resetCleaningTables, seedAtoms} from './cleaning-fixtures.js';

const now = new Date('2025-06-01T12:00:00Z');
const threshold = 0.85;

const words = [
  'tcp',
  'layer',
  'role',
  'Transport',
  'OSI',
  'naïve',
  'ΣΊΣΥΦΟΣ',
  'über_alles',
  'x-ray',
];
const pieces = [
  ...words,
  '3.14',
  '—',
  '?',
  '!!',
  'É',
  '日本語',
  ' ',
  '  ',
  '(a)',
  "it's",
  '🙂',
  'ǅ',
];

function randomText(random: () => number, length: number): string {
  return Array.from({length}, () => pieces[Math.floor(random() * pieces.length)]!).join(
    random() < 0.5 ? ' ' : '',
  );
}

// Clusters of exact, near and transitive (chain) duplicates among distinct cards of two types.
function seedFronts(random: () => number): {front: string; atom_type: string}[] {
  const out: {front: string; atom_type: string}[] = [];
  const topics = ['TCP', 'UDP', 'DNS', 'ARP', 'BGP', 'OSPF', 'DHCP', 'TLS', 'QUIC', 'NAT'];
  for (const [index, topic] of topics.entries()) {
    const type = index % 3 === 0 ? 'cloze' : 'flashcard';
    const base = `What is the main role of the ${topic} protocol in the reference model number ${index}?`;
    out.push({front: base, atom_type: type});
    if (random() < 0.6) out.push({front: base.toUpperCase(), atom_type: type});
    if (random() < 0.7) out.push({front: base.replace('role', 'roles'), atom_type: type});
    if (random() < 0.5) out.push({front: base.replace('main', 'mains'), atom_type: type});
    if (random() < 0.5)
      out.push({front: base.replace('main role', 'mains roles'), atom_type: type});
    out.push({front: `${topic} ${randomText(random, 6)} ${index}`, atom_type: 'flashcard'});
  }
  return out;
}

const groupsOf = (pairs: readonly NearPair[]) =>
  pairs.map((pair) => `${pair.aId} ${pair.bId}`).sort();

async function oldProbe(sql: Sql): Promise<string[]> {
  return groupsOf(
    (await findNearDuplicatePairs(sql, threshold)).map((pair) =>
      pair.aId < pair.bId ? pair : {...pair, aId: pair.bId, bId: pair.aId},
    ),
  );
}

async function liveItems(sql: Sql) {
  const rows = await sql<{id: string; atom_type: string; front: string}[]>`
    select id, atom_type, front from learning_atoms where removed_at is null`;
  return rows.map((row) => ({id: row.id, group: row.atom_type, text: row.front}));
}

describeEachBackend('cleaning: near-duplicate passes', (db) => {
  beforeEach(async () => {
    await resetCleaningTables(db().sql);
  });

  it('computes the trigram sets pg_trgm shows, for real and random texts', async () => {
    const random = seededRandom(7);
    const texts = [
      'What is the main role of the transport layer?',
      "Q: What's a MAC address used for",
      'Café naïve ÉTÉ x-ray 3.14 über_alles ΣΊΣΥΦΟΣ 日本語',
      '',
      '...',
      ...Array.from({length: 300}, () => randomText(random, 1 + Math.floor(random() * 8))),
    ];
    const rows = await db().sql<{t: string[]}[]>`
      select show_trgm(t) as t from unnest(${texts}::text[]) with ordinality as u(t, n) order by n`;
    texts.forEach((text, index) => {
      const ours = trigramSet(text);
      // pg_trgm shows trigrams of multibyte characters as 3-byte hashes (hex, or text when the
      // hash happens to be printable): ours must all be there, and the counts must agree.
      const theirs = new Set(rows[index]!.t);
      for (const gram of ours.filter((g) => /^[\u0000-\u007f]{3}$/.test(g))) {
        expect(theirs.has(gram), `${gram} of ${text}`).toBe(true);
      }
      expect(ours.length, text).toBe(theirs.size);
    });
  });

  it('full and incremental passes find the pairs the per-atom probe finds', async () => {
    const sql = db().sql;
    await seedAtoms(sql, seedFronts(seededRandom(42)));
    const expected = await oldProbe(sql);
    expect(expected.length).toBeGreaterThan(5);
    const items = await liveItems(sql);
    // The join alone, at the threshold, already agrees with pg_trgm on these cards.
    const joined = findSimilarPairs(items, threshold).map((p) => `${p.a} ${p.b}`);
    expect(joined.sort()).toEqual(expected);

    const first = await runCleaning(db(), {now});
    expect(first.nearPass.mode).toBe('full');
    const afterFirst = await findNearPairs(
      sql,
      await liveItems(sql),
      await planNearPass(sql, threshold),
      {threshold},
    );
    expect(afterFirst.summary.mode).toBe('incremental');
    expect(groupsOf(afterFirst.pairs)).toEqual(await oldProbe(sql));

    // Edits after the run: a new near copy, an atom turned into an exact copy, one removed.
    const [target] = await sql<{id: string; front: string}[]>`
      select id, front from learning_atoms where atom_type = 'flashcard' order by id limit 1`;
    await seedAtoms(sql, [{front: `${target!.front} `.replace('the ', 'thé ')}]);
    await sql`update learning_atoms set front = ${target!.front}, updated_at = now()
              where id = (select id from learning_atoms where atom_type = 'flashcard' order by id desc offset 1 limit 1)`;
    await sql`update learning_atoms set removed_at = now(), updated_at = now()
              where id = (select id from learning_atoms where atom_type = 'cloze' order by id limit 1)`;
    const plan = await planNearPass(sql, threshold);
    const incremental = await findNearPairs(sql, await liveItems(sql), plan, {threshold});
    expect(incremental.summary).toMatchObject({mode: 'incremental', changed: 2});
    const full = await findNearPairs(
      sql,
      await liveItems(sql),
      {stored: null, changed: null},
      {threshold},
    );
    expect(full.summary.mode).toBe('full');
    const now2 = await oldProbe(sql);
    expect(groupsOf(incremental.pairs)).toEqual(now2);
    expect(groupsOf(full.pairs)).toEqual(now2);

    const second = await runCleaning(db(), {now: new Date('2025-06-02T12:00:00Z')});
    expect(second.nearPass.mode).toBe('incremental');
    expect(second.duplicates.groups).toBeGreaterThanOrEqual(first.duplicates.groups - 1);
  });
});
