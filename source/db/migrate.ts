import {createHash} from 'node:crypto';
import {readdirSync, readFileSync} from 'node:fs';
import {fileURLToPath} from 'node:url';
import {UserError} from '../errors.js';
import type {Sql} from './sql-client.js';

/** One migration file in `sql/`. */
export interface MigrationFile {
  version: number;
  name: string;
  checksum: string;
  content: string;
}

/** A migration and whether (and when) it has been applied. */
export interface MigrationStatus {
  version: number;
  name: string;
  appliedAt: Date | null;
  state: 'applied' | 'pending' | 'edited';
}

/** The `sql/` folder beside `source/` (and beside `build/` in an installed package). */
export const defaultMigrationsDir = fileURLToPath(new URL('../../sql/', import.meta.url));

const fileName = /^(\d{4})_([a-z0-9_-]+)\.sql$/;
// Serialises concurrent migrators on a server; the number is arbitrary but fixed.
const migrationLockKey = 727_001;

/** Reads and checks the numbered migration files: they must run 1, 2, 3, ... without gaps. */
export function readMigrationFiles(dir = defaultMigrationsDir): MigrationFile[] {
  const files = readdirSync(dir)
    .filter((name) => name.endsWith('.sql'))
    .sort();
  const migrations = files.map((file) => {
    const match = fileName.exec(file);
    if (!match) {
      throw new UserError(`The migration file ${file} is not named NNNN_description.sql.`, {
        hint: `Rename it in ${dir}.`,
      });
    }
    const content = readFileSync(`${dir}/${file}`, 'utf8');
    return {
      version: Number(match[1]),
      name: file,
      checksum: createHash('sha256').update(content).digest('hex'),
      content,
    };
  });
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) {
      throw new UserError(
        `Migration ${String(index + 1).padStart(4, '0')} is missing: found ${migration.name} instead.`,
        {hint: `Migrations must be numbered without gaps; restore the missing file in ${dir}.`},
      );
    }
  });
  return migrations;
}

async function ensureLedger(sql: Sql): Promise<void> {
  await sql`
    create table if not exists schema_migrations (
      version int primary key,
      name text not null,
      checksum text not null,
      applied_at timestamptz not null default now()
    )`;
}

interface LedgerRow {
  version: number;
  name: string;
  checksum: string;
  applied_at: Date;
}

/** Lists every migration with its state, without changing anything. */
export async function migrationStatus(
  sql: Sql,
  files = readMigrationFiles(),
): Promise<MigrationStatus[]> {
  const exists = await sql<{exists: boolean}[]>`
    select to_regclass('schema_migrations') is not null as exists`;
  const applied = exists[0]?.exists
    ? await sql<LedgerRow[]>`select version, name, checksum, applied_at from schema_migrations`
    : [];
  const byVersion = new Map(applied.map((row) => [row.version, row]));
  const unknown = applied.filter((row) => !files.some((file) => file.version === row.version));
  if (unknown.length > 0) {
    throw new UserError(
      `The database has migration ${unknown[0]!.name} that this version of nls does not know.`,
      {hint: 'Upgrade nls to the version that created this database.'},
    );
  }
  return files.map((file) => {
    const row = byVersion.get(file.version);
    let state: MigrationStatus['state'] = 'pending';
    if (row) state = row.checksum === file.checksum ? 'applied' : 'edited';
    return {version: file.version, name: file.name, appliedAt: row?.applied_at ?? null, state};
  });
}

/** Applies every pending migration, each in its own transaction; returns the names applied. */
export async function migrate(
  sql: Sql,
  options: {files?: MigrationFile[]; to?: number} = {},
): Promise<string[]> {
  try {
    return await applyPending(sql, options);
  } catch (error) {
    // 42501: insufficient_privilege, e.g. PostgreSQL 15+ grants no CREATE on schema public to
    // users other than the database owner.
    if ((error as {code?: string}).code !== '42501') throw error;
    const [who] = await sql<{user: string; db: string}[]>`
      select current_user as user, current_database() as db`.catch(() => []);
    throw new UserError(
      `The database user ${who?.user ?? ''} may not create nls's tables in ${who?.db ?? 'this database'}: ${(error as Error).message}.`,
      {
        hint: `As the database owner run: GRANT CREATE ON SCHEMA public TO ${who?.user ?? 'that_user'}; or set DATABASE_URL to a user that owns the database.`,
        cause: error,
      },
    );
  }
}

async function applyPending(
  sql: Sql,
  options: {files?: MigrationFile[]; to?: number},
): Promise<string[]> {
  const files = options.files ?? readMigrationFiles();
  await ensureLedger(sql);
  const status = await migrationStatus(sql, files);
  const edited = status.find((entry) => entry.state === 'edited');
  if (edited) {
    throw new UserError(
      `Migration ${edited.name} was changed after it was applied to this database.`,
      {
        hint: `Restore the original file (git checkout -- sql/${edited.name}) and put the change in a new, higher-numbered migration.`,
      },
    );
  }
  const applied: string[] = [];
  for (const file of files) {
    if (options.to !== undefined && file.version > options.to) break;
    if (status[file.version - 1]?.state === 'applied') continue;
    await sql.begin(async (tx) => {
      await tx`select pg_advisory_xact_lock(${migrationLockKey})`;
      const done = await tx`select 1 from schema_migrations where version = ${file.version}`;
      if (done.length > 0) return;
      await tx.unsafe(file.content);
      await tx`
        insert into schema_migrations (version, name, checksum)
        values (${file.version}, ${file.name}, ${file.checksum})`;
      applied.push(file.name);
    });
  }
  return applied;
}
