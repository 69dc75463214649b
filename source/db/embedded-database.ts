import {mkdtempSync, rmSync} from 'node:fs';
import {createRequire} from 'node:module';
import os from 'node:os';
import path from 'node:path';
import {Worker} from 'node:worker_threads';
import {UserError} from '../errors.js';
import {acquireDataDirLock, type DataDirLock} from './data-dir-lock.js';
import {embeddedWorkerCode} from './embedded-worker-code.js';
import {announceSocket, withdrawSocket} from './served-socket.js';

const require = createRequire(import.meta.url);

/** A running embedded PostgreSQL (PGlite in a worker, served on a private unix socket). */
export interface EmbeddedServer {
  socketPath: string;
  dataDir: string;
  /** A gzip tarball of the whole data directory (PGlite's dumpDataDir). */
  dump(): Promise<Uint8Array>;
  stop(): Promise<void>;
}

/** Options for {@link startEmbeddedServer}. */
export interface EmbeddedServerOptions {
  dataDir: string;
  /** Seed a new data directory from a dumpDataDir tarball instead of running initdb. */
  loadDataDir?: Uint8Array;
  /** Skip the data-directory lock (throwaway copies, and directories beside a locked one). */
  skipLock?: boolean;
  /** A lock the caller already holds; the server releases it when it stops. */
  lock?: DataDirLock;
}

type WorkerMessage =
  | {type: 'ready' | 'closed'}
  | {type: 'error'; message: string; id?: number}
  | {type: 'dumped'; id: number; data: Uint8Array};

// PGlite keeps shared_buffers in its WASM memory, which never shrinks. At PostgreSQL's 128 MB an
// embedded `nls db status` measured 336–361 MB RSS; at 32 MB, 231–236 MB, and cleaning 100,000
// atoms peaked at 539–573 MB instead of 657–712 MB. The price was that one job: 12.7 s instead of
// 10.7 s. The Notion sync and the app shell measured no slower (the OS still caches the files).
const embeddedSettings = ['shared_buffers=32MB'];

// This process's own connection plus the nls processes that join it (see served-socket.ts).
// Every connection takes turns on the one PostgreSQL session (see session-server-code.ts); a
// connection past the limit is refused.
const maxConnections = 8;

/** Starts the PGlite worker, keeping the last of what it prints for a failure's message. */
function startWorker(
  options: EmbeddedServerOptions,
  socketPath: string,
): {worker: Worker; output: string[]} {
  const worker = new Worker(embeddedWorkerCode, {
    eval: true,
    // The worker code is CommonJS; a parent started with --input-type=module must not pass that on.
    execArgv: process.execArgv.filter((arg) => !arg.startsWith('--input-type')),
    stdout: true,
    stderr: true,
    workerData: {
      dataDir: options.dataDir,
      socketPath,
      loadDataDir: options.loadDataDir,
      settings: embeddedSettings,
      maxConnections,
      modules: {
        pglite: require.resolve('@electric-sql/pglite'),
        pgTrgm: require.resolve('@electric-sql/pglite/contrib/pg_trgm'),
      },
    },
  });
  // Whatever PGlite prints must never reach the terminal (it would corrupt the Ink screen).
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    output.push(chunk.toString());
    if (output.length > 50) output.shift();
  };
  worker.stdout.on('data', keep);
  worker.stderr.on('data', keep);
  return {worker, output};
}

/** Starts PGlite on the data directory behind a private unix socket, holding the directory's lock. */
export async function startEmbeddedServer(options: EmbeddedServerOptions): Promise<EmbeddedServer> {
  const lock = options.lock ?? (options.skipLock ? undefined : acquireDataDirLock(options.dataDir));
  // The socket lives in a fresh 0700 directory: the socket has no authentication, and a
  // short path stays under the 107-byte limit for unix socket names.
  const socketDir = mkdtempSync(path.join(os.tmpdir(), 'nls-'));
  const socketPath = path.join(socketDir, 'pg.sock');
  const cleanup = () => {
    if (lock) withdrawSocket(options.dataDir);
    rmSync(socketDir, {recursive: true, force: true});
    lock?.release();
  };
  const {worker, output} = startWorker(options, socketPath);

  try {
    await new Promise<void>((resolve, reject) => {
      const onMessage = (message: WorkerMessage) => {
        if (message.type === 'ready') resolve();
        else if (message.type === 'error') reject(new Error(message.message));
      };
      worker.once('message', onMessage);
      worker.once('error', reject);
      worker.once('exit', (code) => reject(new Error(`embedded database worker exited (${code})`)));
    });
  } catch (error) {
    await worker.terminate();
    cleanup();
    throw new UserError(`The embedded database in ${options.dataDir} could not start.`, {
      hint: 'Check that the directory is writable and not damaged; set NLS_HOME to use another one, or DATABASE_URL to use a PostgreSQL server.',
      cause: new Error(`${(error as Error).message}\n${output.join('')}`),
    });
  }
  worker.removeAllListeners('exit');
  worker.removeAllListeners('error');
  worker.on('error', () => {});
  // The lock holder serves the directory: another nls process joins through this socket.
  if (lock) announceSocket(options.dataDir, socketPath);

  let nextId = 1;
  let stopped = false;
  return {
    socketPath,
    dataDir: options.dataDir,
    dump() {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        const onMessage = (message: WorkerMessage) => {
          if (message.type === 'dumped' && message.id === id) {
            worker.off('message', onMessage);
            resolve(message.data);
          } else if (message.type === 'error' && message.id === id) {
            worker.off('message', onMessage);
            reject(new Error(message.message));
          }
        };
        worker.on('message', onMessage);
        worker.postMessage({type: 'dump', id});
      });
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, 5000);
        worker.on('message', (message: WorkerMessage) => {
          if (message.type === 'closed') {
            clearTimeout(timer);
            resolve();
          }
        });
        worker.postMessage({type: 'close'});
      });
      await worker.terminate();
      cleanup();
    },
  };
}
