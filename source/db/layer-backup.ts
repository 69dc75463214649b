import {closeSync, openSync, readSync, writeFileSync} from 'node:fs';
import {gunzipSync, gzipSync} from 'node:zlib';
import {UserError} from '../errors.js';
import {readBackupFile, writeBackupFile} from './backup-file.js';
import type {Sql, TransactionSql} from './sql-client.js';

/** The two layers the founding document backs up on their own. */
export type Layer = 'staging' | 'canonical';

// Parents before children (the insert order; deletes run the other way round). Canonical is the
// founding document's set (learning_*, concepts, clean_*) plus every table that points at it, so
// a restore never leaves a dangling reference: the review queue and its decision journal, the
// cleaning log, the quiz history, Anki's review log and the plans made from them. schema_migrations, sync_log and notion_sources belong to
// neither layer (a test checks that every table is placed).
const layerTables: Record<Layer, readonly string[]> = {
  staging: [
    'stg_notion_programs',
    'stg_notion_tracks',
    'stg_notion_modules',
    'stg_notion_concept_areas',
    'stg_notion_concept_clusters',
    'stg_notion_concepts',
    'stg_notion_flashcards',
  ],
  canonical: [
    'clean_concept_areas',
    'clean_concept_clusters',
    'concepts',
    'clean_programs',
    'clean_tracks',
    'learning_modules',
    'learning_atoms',
    'review_queue',
    'review_decisions',
    'cleaning_log',
    'quiz_schedule',
    'quiz_attempts',
    // The learner's own history and plans, beside the atoms they describe: Anki's review log
    // (joined to atoms by Anki card id), the quiz FSRS parameters and the exam plan.
    'anki_revlog',
    'anki_revlog_cards',
    'quiz_fsrs_params',
    'exam_plan',
  ],
};

/** Tables in neither layer: the schema ledger and the sync bookkeeping. */
export const bookkeepingTables = ['schema_migrations', 'sync_log', 'notion_sources'] as const;

/** The tables of a layer, parents first. */
export function tablesOfLayer(layer: Layer): readonly string[] {
  return layerTables[layer];
}

// A layer backup: this line, then gzip of one JSON document. The line lets `nls db restore` tell
// it from a full backup (pg_dump's "PGDMP", or a gzip tarball) by its first bytes.
const magic = 'NLS-LAYER-BACKUP 1\n';

interface LayerDocument {
  layer: Layer;
  migrations: number[];
  tables: Record<string, unknown[]>;
}

const appliedMigrations = (sql: Sql | TransactionSql) =>
  sql<{version: number}[]>`select version from schema_migrations order by version`.then((rows) =>
    rows.map((row) => row.version),
  );

/** Writes one layer's rows (mode 0600, whole or not at all), from one consistent snapshot. */
export async function backupLayer(sql: Sql, layer: Layer, file: string): Promise<void> {
  const document = await sql.begin('isolation level repeatable read read only', async (tx) => {
    const tables: Record<string, unknown[]> = {};
    for (const table of layerTables[layer]) {
      const [row] = await tx<{rows: unknown[]}[]>`
        select coalesce(jsonb_agg(to_jsonb(t)), '[]'::jsonb) as rows from ${tx(table)} t`;
      tables[table] = row!.rows;
    }
    return {layer, migrations: await appliedMigrations(tx), tables};
  });
  const body = gzipSync(JSON.stringify(document satisfies LayerDocument));
  await writeBackupFile(file, async (temp) =>
    writeFileSync(temp, Buffer.concat([Buffer.from(magic), body])),
  );
}

/** True when the file starts like a layer backup (reads only its first bytes). */
export function isLayerBackup(file: string): boolean {
  const fd = openSync(file, 'r');
  try {
    const head = Buffer.alloc(magic.length);
    const read = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, read).toString() === magic;
  } finally {
    closeSync(fd);
  }
}

function readLayerDocument(file: string): LayerDocument {
  try {
    const data = readBackupFile(file);
    const document = JSON.parse(
      gunzipSync(data.subarray(magic.length)).toString(),
    ) as LayerDocument;
    if (!(document.layer in layerTables) || typeof document.tables !== 'object') throw new Error();
    return document;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`${file} is a damaged layer backup; nothing was changed.`, {
      hint: 'Use another file written by nls db backup --only.',
      cause: error,
    });
  }
}

/**
 * Replaces one layer's tables with a layer backup, in one transaction (all or nothing). The
 * backup must come from the same schema version. Returns the layer and rows restored.
 */
export async function restoreLayer(sql: Sql, file: string): Promise<{layer: Layer; rows: number}> {
  const document = readLayerDocument(file);
  const tables = layerTables[document.layer];
  let rows = 0;
  await sql.begin(async (tx) => {
    const migrations = await appliedMigrations(tx);
    if (migrations.join(',') !== document.migrations.join(',')) {
      throw new UserError(
        `${file} was written at schema version ${document.migrations.at(-1)}, this database is at ${migrations.at(-1)}.`,
        {hint: 'Restore it into a database of the same nls version (nls db status shows it).'},
      );
    }
    for (const table of [...tables].reverse()) await tx`delete from ${tx(table)}`;
    for (const table of tables) {
      const list = document.tables[table] ?? [];
      if (list.length === 0) continue;
      await tx`
        insert into ${tx(table)}
        select * from jsonb_populate_recordset(null::${tx(table)}, ${JSON.stringify(list)}::text::jsonb)`;
      rows += list.length;
    }
  });
  return {layer: document.layer, rows};
}
