import {afterAll, beforeAll, describe, inject, it} from 'vitest';
import {insertRows} from '../source/db/bulk-insert.js';
import {type AtomWriteRow, insertAtoms} from '../source/db/canonical-atom-rows.js';
import type {Database} from '../source/db/connection.js';
import {insertCleaningLogs} from '../source/db/review-atom-rows.js';
import {type Backend, createTestDatabase, testBackends} from '../test/helpers/database.js';
import {syntheticCleaningLog, syntheticSyncedAtoms} from '../test/helpers/synthetic-dataset.js';
import {copyIntoPglite, copyIntoServer, openReferencePglite} from './copy-rows.js';
import {median, record} from './recorder.js';

// 20,000 rows by default, not the 100,000 of the other benches: with the trigram index every
// write of an atom costs 70–140 µs on either path, so 100,000 rows × 3 runs × (ours + COPY) × two
// tables × two backends take about 3.5 minutes. NLS_BENCH_ATOMS=100000 runs the full size.
const count = Number(process.env.NLS_BENCH_BULK_ROWS ?? process.env.NLS_BENCH_ATOMS ?? 20_000);
const runs = 3;
const now = new Date('2025-06-01T00:00:00Z');
const atoms = syntheticSyncedAtoms(count, 42);
const atomColumns = Object.keys(atoms[0] ?? {});
const log = syntheticCleaningLog(atoms, 42);
// The same atoms as a Notion sync hands them to the database (no concept or module pages).
const syncRows: AtomWriteRow[] = atoms.map((atom) => ({
  id: atom.id,
  notionId: atom.notion_id,
  cardId: atom.card_id,
  atomType: atom.atom_type,
  front: atom.front,
  back: atom.back,
  content: null,
  needsReview: atom.needs_review,
  sourceHash: atom.source_hash,
  conceptNotionId: null,
  moduleNotionId: null,
}));
const logColumns = ['id', 'atom_id', 'operation', 'old_value', 'new_value', 'performed_at'];

async function seconds(work: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

/** Where the COPY reference runs: the same server database, or a PGlite beside the socket. */
interface CopyTarget {
  truncate(): Promise<unknown>;
  copy(
    table: string,
    columns: readonly string[],
    rows: readonly Record<string, unknown>[],
  ): Promise<void>;
  close(): Promise<void>;
  describe: string;
}

async function copyTarget(backend: Backend, db: Database): Promise<CopyTarget> {
  if (backend === 'server') {
    return {
      truncate: () => db.sql`truncate learning_atoms cascade`,
      copy: (table, columns, rows) => copyIntoServer(db.sql, table, columns, rows),
      close: async () => {},
      describe: 'COPY … FROM STDIN (postgres.js stream) into the same, truncated table',
    };
  }
  const reference = await openReferencePglite(inject('embeddedTemplate'));
  return {
    truncate: () => reference.pg.exec('truncate learning_atoms cascade'),
    copy: (table, columns, rows) => copyIntoPglite(reference.pg, table, columns, rows),
    close: () => reference.close(),
    describe:
      "PGlite's own COPY … FROM '/dev/blob' in an in-process PGlite (same version, same migrated template, data directory on disk), because COPY FROM STDIN over pglite-socket drops the connection",
  };
}

for (const backend of testBackends())
  describe(backend, () => {
    let db: Database;
    let target: CopyTarget;
    beforeAll(async () => {
      db = await createTestDatabase(backend);
      target = await copyTarget(backend, db);
    });
    afterAll(async () => {
      await target?.close();
      await db?.close();
    });

    it(`writes ${count} atoms and cleaning_log rows, and COPYs the same rows (${backend})`, async () => {
      const ours = {atoms: [] as number[], log: [] as number[], sync: [] as number[]};
      const copy = {atoms: [] as number[], log: [] as number[]};
      // The log rows as our writer stored them (ids it chose, physical order), for COPY to repeat.
      let logRows: Record<string, unknown>[] = [];
      const writeOurs = async () => {
        await db.sql`truncate learning_atoms cascade`;
        ours.atoms.push(await seconds(() => insertRows(db.sql, 'learning_atoms', atoms)));
        ours.log.push(await seconds(() => insertCleaningLogs(db.sql, log, now)));
        if (logRows.length > 0) return;
        logRows = await db.sql`
          select id, atom_id, operation, old_value, new_value, performed_at
          from cleaning_log order by ctid`;
      };
      const writeSync = async () => {
        await db.sql`truncate learning_atoms cascade`;
        ours.sync.push(await seconds(() => insertAtoms(db.sql, syncRows, now)));
      };
      const writeCopy = async () => {
        await target.truncate();
        copy.atoms.push(await seconds(() => target.copy('learning_atoms', atomColumns, atoms)));
        copy.log.push(await seconds(() => target.copy('cleaning_log', logColumns, logRows)));
      };
      // Alternate which goes first, so neither always meets a warmer cache.
      for (let run = 0; run < runs; run++) {
        const writers = [writeOurs, writeSync, writeCopy];
        for (const write of run % 2 ? writers.reverse() : writers) await write();
      }
      const where =
        backend === 'embedded'
          ? 'postgres.js over the unix socket to PGlite in its worker thread (the session server nls runs there), as the app runs it'
          : 'postgres.js over TCP';
      const rows = (r: number[]) => r.map((s) => s.toFixed(2)).join(', ');
      record({
        id: `bulk-write.atoms.${backend}`,
        job: `Bulk write of ${count} atoms into \`learning_atoms\` with \`insertRows\` (multi-row insert), ${backend} (median of ${runs})`,
        value: median(ours.atoms),
        unit: 's',
        reference: {label: 'COPY of the same rows', value: median(copy.atoms)},
        target: {op: '<=', value: 3, describe: '≤ 3× COPY', ratio: true},
        notes: `the same ${atomColumns.length} columns of the same rows (ids given), all indexes (incl. the trigram index) in place; ours through ${where}; reference: ${target.describe}; runs ${rows(ours.atoms)} s vs ${rows(copy.atoms)} s`,
      });
      record({
        id: `bulk-write.sync-atoms.${backend}`,
        job: `Bulk write of ${count} atoms as the Notion sync writes new ones (\`insertAtoms\`: one JSON document, \`jsonb_to_recordset\`, concept and module looked up), ${backend} (median of ${runs})`,
        value: median(ours.sync),
        unit: 's',
        reference: {label: 'COPY of the same rows', value: median(copy.atoms)},
        target: {op: '<=', value: 3, describe: '≤ 3× COPY', ratio: true},
        notes: `the same atoms and ids as the row above (content, concept and module null, as COPY's); ours through ${where}; runs ${rows(ours.sync)} s vs ${rows(copy.atoms)} s`,
      });
      record({
        id: `bulk-write.cleaning-log.${backend}`,
        job: `Bulk write of ${count} \`cleaning_log\` rows with \`insertCleaningLogs\` (ids as arrays, old and new values as two JSON arrays, as every cleaning_log append outside a cleaning run), ${backend} (median of ${runs})`,
        value: median(ours.log),
        unit: 's',
        reference: {label: 'COPY of the same rows', value: median(copy.log)},
        target: {op: '<=', value: 3, describe: '≤ 3× COPY', ratio: true},
        notes: `COPY repeats the rows as ours stored them (same ids, same order, 6 columns incl. 2 jsonb); ours through ${where}; reference: ${target.describe}; runs ${rows(ours.log)} s vs ${rows(copy.log)} s`,
      });
    });
  });
