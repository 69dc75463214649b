import {spawn} from 'node:child_process';
import {writeFileSync} from 'node:fs';
import {UserError} from '../errors.js';
import {checkBackupFile, readBackupFile, writeBackupFile} from './backup-file.js';
import type {Database} from './connection.js';
import {swapInBackup} from './embedded-lifecycle.js';
import {toolConnection} from './server-url.js';
import {createSqlClient} from './sql-client.js';

function runTool(tool: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(tool, args, {stdio: ['ignore', 'ignore', 'pipe'], env});
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

/** The server URL and how long to wait for it, for pg_dump and pg_restore. */
export interface ServerTarget {
  url: string;
  connectTimeout: number;
}

/** Writes a backup (mode 0600): pg_dump's custom format for a server, PGlite's tarball embedded. */
export async function backupDatabase(
  db: Database,
  file: string,
  server?: ServerTarget,
): Promise<void> {
  if (db.mode === 'server') {
    if (!server) throw new Error('a server backup needs the server URL');
    const {url, env} = toolConnection(server.url, server.connectTimeout);
    await writeBackupFile(file, (temp) =>
      runTool('pg_dump', ['--format=custom', '--no-owner', `--file=${temp}`, url], env),
    );
    return;
  }
  const embedded = db.embedded;
  if (!embedded && db.servedBy !== undefined) {
    // The tarball is PGlite's own dump of its data directory, taken inside the serving process.
    throw new UserError(
      `A full backup of the embedded database can only be taken by the nls process that serves it (pid ${db.servedBy}).`,
      {
        hint: 'Close that nls and run nls db backup again, or back up one layer now with nls db backup --only canonical FILE.',
      },
    );
  }
  if (!embedded) throw new Error('embedded database without its server');
  await writeBackupFile(file, async (temp) => writeFileSync(temp, await embedded.dump()));
}

/** Restores a server database from a pg_dump custom-format file (replacing what is there). */
export async function restoreServerDatabase(server: ServerTarget, file: string): Promise<void> {
  checkBackupFile(file);
  const {url, env} = toolConnection(server.url, server.connectTimeout);
  await runTool(
    'pg_restore',
    ['--clean', '--if-exists', '--no-owner', '--single-transaction', `--dbname=${url}`, file],
    env,
  );
}

/**
 * Replaces an embedded data directory with a backup, atomically: the backup is unpacked and
 * checked beside the live directory, which stays in use until one rename switches them (see
 * embedded-lifecycle.ts). Returns what start-up recovery did first, if anything.
 */
export async function restoreEmbeddedDatabase(
  dataDir: string,
  file: string,
): Promise<string | undefined> {
  const backup = readBackupFile(file);
  try {
    return await swapInBackup(dataDir, backup, async (server) => {
      const sql = createSqlClient({path: server.socketPath, max: 1});
      try {
        await sql`select count(*) from schema_migrations`;
      } finally {
        await sql.end({timeout: 5});
      }
    });
  } catch (error) {
    if (error instanceof UserError && !/could not start/.test(error.message)) throw error;
    throw new UserError(`${file} is not a usable nls backup; the database was left as it was.`, {
      hint: 'Use a file written by nls db backup.',
      cause: error,
    });
  }
}
