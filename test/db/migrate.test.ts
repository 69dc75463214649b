import {cpSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, expect, it} from 'vitest';
import {
  defaultMigrationsDir,
  migrate,
  migrationStatus,
  readMigrationFiles,
} from '../../source/db/migrate.js';
import {describeEachBackend} from '../helpers/database.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'nls-migrations-'));
afterAll(() => rmSync(temp, {recursive: true, force: true}));

function copyMigrations(name: string): string {
  const dir = path.join(temp, name);
  cpSync(defaultMigrationsDir, dir, {recursive: true});
  return dir;
}

it('refuses a gap in the numbering with a message naming the missing number', () => {
  const dir = copyMigrations('gap');
  rmSync(path.join(dir, '0003_staging_sync_hash.sql'));
  expect(() => readMigrationFiles(dir)).toThrow('Migration 0003 is missing: found 0004_');
});

it('refuses a badly named file', () => {
  const dir = copyMigrations('badname');
  writeFileSync(path.join(dir, 'add-things.sql'), 'select 1;');
  expect(() => readMigrationFiles(dir)).toThrow('is not named NNNN_description.sql');
});

it('every migration after the first documents its rollback', () => {
  for (const file of readMigrationFiles()) {
    expect(file.content, file.name).toMatch(/^-- Rollback:/m);
  }
});

describeEachBackend('migration runner', (db) => {
  it('lists every migration as applied on a migrated database', async () => {
    const status = await migrationStatus(db().sql);
    expect(status.length).toBe(readMigrationFiles().length);
    expect(status.every((entry) => entry.state === 'applied' && entry.appliedAt)).toBe(true);
    expect(await migrate(db().sql)).toEqual([]);
  });

  it('refuses to run when an applied migration was edited, and says how to fix it', async () => {
    const dir = copyMigrations(`edited-${Math.random()}`);
    const file = path.join(dir, '0007_notion_sources.sql');
    writeFileSync(file, '-- Rollback: none\nselect 1;\n');
    const files = readMigrationFiles(dir);
    const status = await migrationStatus(db().sql, files);
    expect(status.find((s) => s.name === '0007_notion_sources.sql')?.state).toBe('edited');
    await expect(migrate(db().sql, {files})).rejects.toThrow(
      'Migration 0007_notion_sources.sql was changed after it was applied to this database.',
    );
  });

  it('applies a new migration once, in order, and records its checksum', async () => {
    const dir = copyMigrations(`new-${Math.random()}`);
    const next = String(readMigrationFiles().length + 1).padStart(4, '0');
    writeFileSync(
      path.join(dir, `${next}_probe.sql`),
      '-- Rollback: drop table probe;\ncreate table probe (x int);\n',
    );
    const files = readMigrationFiles(dir);
    expect(await migrate(db().sql, {files})).toEqual([`${next}_probe.sql`]);
    expect(await migrate(db().sql, {files})).toEqual([]);
    const [row] = await db()
      .sql`select checksum from schema_migrations where name = ${`${next}_probe.sql`}`;
    expect(row?.checksum).toBe(files.at(-1)?.checksum);
    await db().sql`drop table probe`;
    await db().sql`delete from schema_migrations where name = ${`${next}_probe.sql`}`;
  });
});
