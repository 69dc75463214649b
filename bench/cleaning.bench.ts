import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, describe, it} from 'vitest';
import {gradeCard} from '../source/cleaning/grade-card.js';
import {runCleaning} from '../source/cleaning/pipeline/index.js';
import {embeddedDataDir} from '../source/config/paths.js';
import {insertRows} from '../source/db/bulk-insert.js';
import {explainNearPairsOf} from '../source/db/cleaning-rows.js';
import {type Database, openDatabase} from '../source/db/connection.js';
import {migrate} from '../source/db/migrate.js';
import {type Backend, createTestDatabase, testBackends} from '../test/helpers/database.js';
import {cliPath, isolatedEnv} from '../test/helpers/run-nls.js';
import {syntheticCleaningAtoms} from '../test/helpers/synthetic-dataset.js';
import {record} from './recorder.js';

const atomCount = Number(process.env.NLS_BENCH_ATOMS ?? 100_000);
const targets: Record<Backend, number> = {embedded: 20, server: 10};

function watchMemory(): {stop(): number} {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 25);
  return {
    stop() {
      clearInterval(timer);
      return Math.max(peak, process.memoryUsage().rss);
    },
  };
}

for (const backend of testBackends())
  describe(backend, () => {
    let db: Database;
    beforeAll(async () => {
      db = await createTestDatabase(backend);
    });
    afterAll(async () => {
      await db.close();
    });

    it(`cleans ${atomCount} atoms (${backend})`, async () => {
      const rows = syntheticCleaningAtoms(atomCount, 42);
      await insertRows(db.sql, 'learning_atoms', rows);
      await db.sql`analyze learning_atoms`;

      const gradeStart = performance.now();
      for (const row of rows) {
        gradeCard({
          front: String(row.front),
          back: String(row.back),
          atomType: String(row.atom_type),
        });
      }
      const gradeSeconds = (performance.now() - gradeStart) / 1000;

      const copyStart = performance.now();
      await db.sql`create temp table atoms_copy (like learning_atoms including all)`;
      await db.sql`insert into atoms_copy select * from learning_atoms`;
      const copySeconds = (performance.now() - copyStart) / 1000;
      await db.sql`drop table atoms_copy`;

      const baseline = process.memoryUsage().rss / 2 ** 20;
      const memory = watchMemory();
      const phases: string[] = [];
      const phaseStart = performance.now();
      const report = await runCleaning(db, {
        now: new Date('2025-06-01T00:00:00Z'),
        onProgress: (event) => {
          if (event.type !== 'phase') return;
          phases.push(
            `${event.phase} from ${((performance.now() - phaseStart) / 1000).toFixed(1)} s`,
          );
        },
      });
      const peak = memory.stop() / 2 ** 20;

      // The daily case: a few atoms edited since the last run (half of them into near copies).
      const edited = await db.sql<{id: string}[]>`
        update learning_atoms a
        set front = case when (x.n % 2) = 0 then a.front || ' again' else x.other end,
            updated_at = now()
        from (
          select id, row_number() over (order by id) as n,
                 lead(front) over (order by id) as other
          from learning_atoms order by id limit 100
        ) x
        where a.id = x.id and x.other is not null
        returning a.id`;
      const ids = edited.map((row) => row.id);
      const plan = await explainNearPairsOf(db.sql, ids, 0.85);
      const indexLine = plan.find((line) => line.includes('idx_learning_atoms_front_trgm'));
      const incrementalMemory = watchMemory();
      const incremental = await runCleaning(db, {now: new Date('2025-06-02T00:00:00Z')});
      const incrementalPeak = incrementalMemory.stop() / 2 ** 20;

      const near = report.nearPass;
      record({
        id: `cleaning.100k.${backend}`,
        job: `\`nls clean\` of ${atomCount} atoms (grade + normalise + dedupe, full near pass), ${backend}`,
        value: report.seconds,
        unit: 's',
        reference: {label: 'bulk `insert … select` of the same rows', value: copySeconds},
        target: {op: '<', value: targets[backend], describe: `< ${targets[backend]} s`},
        notes: `${report.changes.regraded} regraded, ${report.changes.normalized} normalised, ${report.duplicates.groups} duplicate groups; near pass ${near.mode} (${near.reason}): ${near.candidates} candidates from the trigram join, ${near.pairs} confirmed by pg_trgm; ${atomCount} gradeCard ${gradeSeconds.toFixed(2)} s; phases: ${phases.join(', ')}`,
      });
      record({
        id: `cleaning.100k.${backend}.incremental`,
        job: `\`nls clean\` of ${atomCount} atoms after editing ${ids.length}, ${backend}`,
        value: incremental.seconds,
        unit: 's',
        reference: {label: 'full run on the same atoms', value: report.seconds},
        target: {op: '<', value: targets[backend], describe: `< ${targets[backend]} s`},
        notes: `near pass ${incremental.nearPass.mode} (${incremental.nearPass.reason}), ${incremental.nearPass.candidates} pairs carried over, ${incremental.nearPass.pairs} pairs; ${incremental.duplicates.groups} groups (full run ${report.duplicates.groups}), ${incremental.duplicates.proposals} new proposals; peak RSS ${Math.round(incrementalPeak)} MB; plan of the changed-atom probe: ${indexLine?.trim() ?? 'NO TRIGRAM INDEX IN PLAN'}`,
      });
      // The bench process already holds the generated rows (and, embedded, the database) before
      // the run starts, so this row shows what the run itself adds; the process rows below give
      // the whole peak of `nls clean` as a user runs it.
      record({
        id: `cleaning.100k.${backend}.rss`,
        job: `memory the cleaning of ${atomCount} atoms adds to the bench process (peak RSS during the run minus RSS just before it), ${backend}`,
        value: Math.round(peak - baseline),
        unit: 'MB',
        reference: {label: 'RSS just before the run', value: Math.round(baseline)},
        target: {op: '<', value: 400, describe: '< 400 MB'},
        notes: `peak RSS ${Math.round(peak)} MB; before the run the process held the test database connection and ${atomCount} generated rows`,
      });
      if (incremental.nearPass.mode !== 'incremental') {
        throw new Error('the run after a small edit did not take the incremental path');
      }
      if (!indexLine) throw new Error('the changed-atom probe does not use the trigram index');
    });
  });

// The in-process figures above include the bench itself (100,000 generated rows, the test
// database); this measures `nls clean` alone, as a user runs it: a separate process, its peak RSS
// as the kernel reports it. Embedded, that includes PGlite's WASM heap (about 340 MB for
// `nls db status` alone); on a server it is nls's own memory.
function cleanProcessRss(env: Record<string, string>): {
  mb: number;
  atoms: number;
  seconds: number;
} {
  // The child reports its own peak RSS (KiB) as it exits.
  const report =
    "process.on('exit', () => process.stderr.write('maxrss_kb=' + process.resourceUsage().maxRSS + '\\n'))";
  const result = spawnSync(
    process.execPath,
    ['--import', `data:text/javascript,${encodeURIComponent(report)}`, cliPath, 'clean', '--json'],
    {env: isolatedEnv(env), encoding: 'utf8', maxBuffer: 64 * 1024 * 1024},
  );
  const match = /maxrss_kb=(\d+)/.exec(result.stderr);
  if (result.status !== 0 || !match)
    throw new Error(`nls clean failed: ${result.stderr.slice(-800)}`);
  const summary = JSON.parse(result.stdout) as {atoms: number; seconds: number};
  return {mb: Math.round(Number(match[1]) / 1024), atoms: summary.atoms, seconds: summary.seconds};
}

for (const backend of testBackends()) {
  it(`peak memory of the \`nls clean\` process on ${atomCount} atoms (${backend})`, async () => {
    const home = mkdtempSync(path.join(os.tmpdir(), 'nls-bench-clean-rss-'));
    const server = backend === 'server' ? await createTestDatabase('server') : null;
    try {
      const db = server ?? (await openDatabase({dataDir: embeddedDataDir(home)}));
      if (!server) await migrate(db.sql);
      await insertRows(db.sql, 'learning_atoms', syntheticCleaningAtoms(atomCount, 42));
      if (!server) await db.close();
      const env: Record<string, string> = {NLS_HOME: home};
      if (server) env.DATABASE_URL = server.location;
      const run = cleanProcessRss(env);
      record({
        id: `cleaning.rss-process.${backend}`,
        job: `peak RSS of the \`nls clean\` process, ${atomCount} atoms, ${backend} (first run)`,
        value: run.mb,
        unit: 'MB',
        reference: null,
        target: {op: '<', value: 400, describe: '< 400 MB'},
        notes: `${run.atoms} atoms cleaned in ${run.seconds.toFixed(1)} s by the CLI`,
      });
    } finally {
      await server?.close();
      rmSync(home, {recursive: true, force: true});
    }
  }, 600_000);
}
