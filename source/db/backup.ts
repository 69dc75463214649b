import {spawn} from 'node:child_process';
import {existsSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {UserError} from '../errors.js';
import type {Database} from './connection.js';
import {acquireDataDirLock} from './data-dir-lock.js';
import {startEmbeddedServer} from './embedded-database.js';
import {createSqlClient} from './sql-client.js';

function runTool(tool: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {stdio: ['ignore', 'ignore', 'pipe']});
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'ENOENT'
          ? new UserError(`${tool} was not found.`, {
              hint: `Install the PostgreSQL client tools (${tool}) matching your server's version.`,
            })
          : error,
      );
    });
    child.on('close', (code) => {
      if (code === 0) resolve();
      else
        reject(
          new UserError(`${tool} failed (exit ${code}).`, {
            hint: stderr.split('\n').find((line) => line.trim()) ?? 'See the PostgreSQL logs.',
          }),
        );
    });
  });
}

/** Writes a backup: pg_dump's custom format for a server, PGlite's data-dir tarball embedded. */
export async function backupDatabase(
  db: Database,
  file: string,
  serverUrl?: string,
): Promise<void> {
  if (db.mode === 'server') {
    if (!serverUrl) throw new Error('a server backup needs the server URL');
    await runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${file}`, serverUrl]);
    return;
  }
  if (!db.embedded) throw new Error('embedded database without its server');
  writeFileSync(file, await db.embedded.dump(), {mode: 0o600});
}

/** Restores a server database from a pg_dump custom-format file (replacing what is there). */
export async function restoreServerDatabase(serverUrl: string, file: string): Promise<void> {
  if (!existsSync(file)) {
    throw new UserError(`The backup file ${file} does not exist.`, {hint: 'Check the path.'});
  }
  await runTool('pg_restore', [
    '--clean',
    '--if-exists',
    '--no-owner',
    '--single-transaction',
    `--dbname=${serverUrl}`,
    file,
  ]);
}

/**
 * Replaces an embedded data directory with a backup. The old directory is kept aside until the
 * restored one has opened and answered, so a bad file never leaves the user without data.
 */
export async function restoreEmbeddedDatabase(dataDir: string, file: string): Promise<void> {
  if (!existsSync(file)) {
    throw new UserError(`The backup file ${file} does not exist.`, {hint: 'Check the path.'});
  }
  const lock = acquireDataDirLock(dataDir);
  const aside = `${dataDir}.before-restore-${Date.now()}`;
  try {
    if (existsSync(dataDir)) renameSync(dataDir, aside);
    try {
      const server = await startEmbeddedServer({
        dataDir,
        loadDataDir: readFileSync(file),
        skipLock: true,
      });
      const sql = createSqlClient({path: server.socketPath, max: 1});
      try {
        await sql`select count(*) from schema_migrations`;
      } finally {
        await sql.end({timeout: 5});
        await server.stop();
      }
    } catch (error) {
      rmSync(dataDir, {recursive: true, force: true});
      if (existsSync(aside)) renameSync(aside, dataDir);
      throw new UserError(`${file} is not a usable nls backup; the database was left as it was.`, {
        hint: 'Use a file written by nls db backup.',
        cause: error,
      });
    }
    rmSync(aside, {recursive: true, force: true});
  } finally {
    lock.release();
  }
}
