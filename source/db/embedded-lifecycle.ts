import {existsSync, readdirSync, renameSync, rmdirSync, rmSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';
import {acquireDataDirLock} from './data-dir-lock.js';
import {type EmbeddedServer, startEmbeddedServer} from './embedded-database.js';
import {extractTarGz} from './untar.js';

// A data directory only ever changes by renaming a complete directory into place, so a kill at
// any moment leaves either the old directory or the new one, plus leftovers that the next start
// (holding the lock) clears up:
//   pgdata.creating     a new cluster being unpacked               → removed
//   pgdata.restore-new  a backup being unpacked and verified        → removed (restore rolled back)
//   pgdata.restore-old  the data before a verified restore switched → the switch is completed
const sidePaths = (dataDir: string) => ({
  creating: `${dataDir}.creating`,
  restoreNew: `${dataDir}.restore-new`,
  restoreOld: `${dataDir}.restore-old`,
});

const remove = (dir: string) => rmSync(dir, {recursive: true, force: true});

/**
 * Finishes or undoes what a killed nls left half done in a data directory; call it holding the
 * lock. Returns a sentence for the user when it had anything to do.
 */
export function recoverDataDir(dataDir: string): string | undefined {
  const {creating, restoreNew, restoreOld} = sidePaths(dataDir);
  remove(creating);
  if (existsSync(restoreOld)) {
    // The old directory is only moved aside after the restored one was verified.
    if (!existsSync(dataDir) && existsSync(restoreNew)) renameSync(restoreNew, dataDir);
    if (!existsSync(dataDir)) {
      renameSync(restoreOld, dataDir);
      return `An interrupted nls db restore was rolled back: ${dataDir} is as it was before.`;
    }
    remove(restoreOld);
    remove(restoreNew);
    return `An interrupted nls db restore was completed: ${dataDir} holds the restored backup.`;
  }
  if (existsSync(restoreNew)) {
    remove(restoreNew);
    return `An interrupted nls db restore was rolled back: ${dataDir} is as it was before.`;
  }
  return undefined;
}

/**
 * Makes a new cluster beside `target` and renames it in only when complete: the build's empty
 * cluster is unpacked as plain files (no database start needed); without one PGlite runs initdb.
 */
async function createInto(target: string, staging: string, seed: Uint8Array | null) {
  remove(staging);
  if (seed) extractTarGz(seed, path.resolve(staging));
  else await (await startEmbeddedServer({dataDir: staging, skipLock: true})).stop();
  renameSync(staging, target);
}

// An empty directory (made by hand, or by an older nls killed at once) gives way to the new
// cluster; anything else that is not a cluster is not ours to delete.
function clearNonCluster(dataDir: string) {
  if (readdirSync(dataDir).length === 0) {
    rmdirSync(dataDir);
    return;
  }
  throw new UserError(`${dataDir} is not an nls database (it has no PG_VERSION).`, {
    hint: 'Move that directory away (nls then starts a new database there), or set NLS_HOME to another directory.',
  });
}

/** An embedded server on a data directory, and what start-up recovery did, if anything. */
export interface OpenedDataDir {
  server: EmbeddedServer;
  notice: string | undefined;
}

/**
 * Locks the data directory, recovers it from an interrupted restore or creation, creates it
 * from `seed()` when new, and starts the embedded server on it.
 */
export async function openDataDir(
  dataDir: string,
  seed: () => Uint8Array | null,
): Promise<OpenedDataDir> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const notice = recoverDataDir(dataDir);
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) {
      if (existsSync(dataDir)) clearNonCluster(dataDir);
      await createInto(dataDir, sidePaths(dataDir).creating, seed());
    }
    return {server: await startEmbeddedServer({dataDir, lock}), notice};
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * Replaces a data directory with a backup atomically: the backup is unpacked beside it and
 * checked by `verify` while the old directory stays live; then one rename switches. Holds the
 * lock throughout; returns the recovery notice of an earlier interrupted run, if any.
 */
export async function swapInBackup(
  dataDir: string,
  backup: Uint8Array,
  verify: (server: EmbeddedServer) => Promise<void>,
): Promise<string | undefined> {
  const lock = acquireDataDirLock(dataDir);
  try {
    const notice = recoverDataDir(dataDir);
    const {restoreNew, restoreOld} = sidePaths(dataDir);
    try {
      const server = await startEmbeddedServer({
        dataDir: restoreNew,
        loadDataDir: backup,
        skipLock: true,
      });
      try {
        await verify(server);
      } finally {
        await server.stop();
      }
    } catch (error) {
      remove(restoreNew);
      throw error;
    }
    if (existsSync(dataDir)) renameSync(dataDir, restoreOld);
    renameSync(restoreNew, dataDir);
    remove(restoreOld);
    return notice;
  } finally {
    lock.release();
  }
}
