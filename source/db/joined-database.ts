import net from 'node:net';
import {UserError} from '../errors.js';
import type {Database} from './connection.js';
import {DataDirInUseError} from './data-dir-lock.js';
import type {EmbeddedServer} from './embedded-database.js';
import {openDataDir} from './embedded-lifecycle.js';
import {readFreshCluster} from './fresh-cluster.js';
import {findServedSocket, waitForServedSocket} from './served-socket.js';
import {createSqlClient} from './sql-client.js';

// How long after taking the lock a holder may take to announce its socket: its database starts
// in about a second, but measured 20 s on this project's shared 2-core machine under load.
const joinWaitMs = 30_000;

/** Who serves the embedded database to a joined process right now. */
interface Route {
  pid: number;
  socketPath: string;
}

/**
 * Joins the embedded database another nls process serves: its socket, one connection. Named
 * prepared statements (postgres.js's default) keep each connection's statements apart on the
 * shared session; unnamed ones (`prepare: false`) are overwritten by the other connections.
 *
 * With `follow` (the terminal app, which stays open for hours) the database follows the server
 * when it moves: once the process it joined has exited, the next connection joins whichever nls
 * serves the directory now, or this process takes the lock and serves it itself. Without it (a
 * command) a lost server stays an error: the run was cut off and should say so.
 */
export async function joinServed(
  dataDir: string,
  inUse: DataDirInUseError,
  follow = false,
): Promise<Database> {
  const first = await findRoute(dataDir, inUse);
  if (!first) throw inUse;
  let route: Route = first;
  let own: EmbeddedServer | undefined;
  const currentSocket = async (): Promise<string> => {
    if (own) return own.socketPath;
    if (findServedSocket(dataDir, route.pid)) return route.socketPath;
    const next = await takeOverOrJoin(dataDir);
    if ('server' in next) own = next.server;
    else route = next;
    return own?.socketPath ?? route.socketPath;
  };
  const sql = follow
    ? createSqlClient({socket: () => connectSocket(currentSocket()), max: 1})
    : createSqlClient({path: first.socketPath, max: 1});
  try {
    await sql`select 1`;
  } catch (error) {
    await sql.end({timeout: 1}).catch(() => {});
    throw new UserError(inUse.message, {hint: inUse.hint, cause: error});
  }
  return {
    sql,
    mode: 'embedded',
    location: dataDir,
    // Read when asked: a following database may have become the server since it was opened.
    get servedBy() {
      return own ? undefined : route.pid;
    },
    get embedded() {
      return own;
    },
    async close() {
      await sql.end({timeout: 5}).catch(() => {});
      await own?.stop();
    },
  };
}

/** The socket the lock's holder serves, waiting for it to come up; undefined when none will. */
async function findRoute(dataDir: string, inUse: DataDirInUseError): Promise<Route | undefined> {
  const pid = inUse.holderPid;
  if (pid === undefined) return undefined;
  const socketPath = await waitForServedSocket(dataDir, pid, joinWaitMs);
  return socketPath ? {pid, socketPath} : undefined;
}

/**
 * The server has gone: take the directory's lock and serve it, or join the process that took
 * it first. Several joined processes may race; the lock lets exactly one win.
 */
async function takeOverOrJoin(dataDir: string): Promise<Route | {server: EmbeddedServer}> {
  const deadline = Date.now() + joinWaitMs;
  for (;;) {
    try {
      const {server} = await openDataDir(dataDir, () => readFreshCluster());
      return {server};
    } catch (error) {
      if (!(error instanceof DataDirInUseError)) throw error;
      const route = await findRoute(dataDir, error);
      if (route) return route;
      // A holder that serves nothing yet, or is exiting: look again until the deadline.
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}

/** A unix socket connected to the path `where` resolves to (postgres.js's `socket` option). */
async function connectSocket(where: Promise<string>): Promise<net.Socket> {
  const socket = net.connect(await where);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', () => {
      socket.off('error', reject);
      resolve();
    });
    socket.once('error', reject);
  });
  return socket;
}
