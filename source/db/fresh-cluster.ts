import {existsSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {startEmbeddedServer} from './embedded-database.js';

// initdb inside PGlite took 2.8 s and peaked at 802 MB RSS; loading the same empty cluster from
// its 4.5 MB tarball took 1.0 s and 380 MB. So the build makes the tarball once, and a new data
// directory starts from it.
const buildDir = fileURLToPath(new URL('../../build/', import.meta.url));
const files = (dir: string) => ({
  tarball: path.join(dir, 'fresh-cluster.tgz'),
  stamp: path.join(dir, 'fresh-cluster.json'),
});

function pgliteVersion(): string {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const manifest = path.join(path.dirname(entry), '..', 'package.json');
  return (JSON.parse(readFileSync(manifest, 'utf8')) as {version: string}).version;
}

function isCurrent(dir: string): boolean {
  const {tarball, stamp} = files(dir);
  if (!existsSync(tarball) || !existsSync(stamp)) return false;
  return (JSON.parse(readFileSync(stamp, 'utf8')) as {pglite?: string}).pglite === pgliteVersion();
}

/**
 * The empty cluster the build made with the installed PGlite, as a dumpDataDir tarball; null
 * when there is none (or it was made by another PGlite version), and initdb runs instead.
 */
export function readFreshCluster(dir = buildDir): Uint8Array | null {
  try {
    return isCurrent(dir) ? readFileSync(files(dir).tarball) : null;
  } catch {
    return null;
  }
}

/** Makes the tarball unless an up-to-date one exists; returns whether it wrote one. */
export async function writeFreshCluster(dir = buildDir): Promise<boolean> {
  if (isCurrent(dir)) return false;
  const {tarball, stamp} = files(dir);
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'nls-fresh-cluster-'));
  try {
    const server = await startEmbeddedServer({
      dataDir: path.join(workDir, 'pgdata'),
      skipLock: true,
    });
    try {
      // Renamed into place, so a build stopped halfway never leaves half a tarball behind.
      writeFileSync(`${tarball}.partial`, await server.dump());
      renameSync(`${tarball}.partial`, tarball);
    } finally {
      await server.stop();
    }
    writeFileSync(stamp, `${JSON.stringify({pglite: pgliteVersion()})}\n`);
    return true;
  } finally {
    rmSync(workDir, {recursive: true, force: true});
  }
}
