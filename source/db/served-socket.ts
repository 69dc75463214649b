import {existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync} from 'node:fs';
import path from 'node:path';
import {isProcessAlive} from './pid-lock-file.js';

// The process holding a data directory's lock serves the database on a unix socket in a fresh
// 0700 directory and says where in `<dataDir>.socket`, so a second nls can join it. A joiner
// only trusts a note and a socket directory that belong to this user and that nobody else can
// write: the socket has no authentication, so a socket planted by another user would receive
// everything nls sends.
const notePath = (dataDir: string) => `${dataDir}.socket`;

interface SocketNote {
  pid: number;
  socketPath: string;
}

/** Writes the note naming this process's socket (mode 0600, renamed into place complete). */
export function announceSocket(dataDir: string, socketPath: string): void {
  const temp = `${notePath(dataDir)}.${process.pid}`;
  writeFileSync(temp, JSON.stringify({pid: process.pid, socketPath} satisfies SocketNote), {
    mode: 0o600,
  });
  renameSync(temp, notePath(dataDir));
}

/** Removes the note, if it is this process's. */
export function withdrawSocket(dataDir: string): void {
  if (readNote(dataDir)?.pid === process.pid) rmSync(notePath(dataDir), {force: true});
}

const isPrivate = (file: string) => {
  const stat = statSync(file);
  return stat.uid === process.getuid?.() && (stat.mode & 0o077) === 0;
};

function readNote(dataDir: string): SocketNote | undefined {
  try {
    const note = JSON.parse(readFileSync(notePath(dataDir), 'utf8')) as Partial<SocketNote>;
    if (typeof note.pid !== 'number' || typeof note.socketPath !== 'string') return undefined;
    return {pid: note.pid, socketPath: note.socketPath};
  } catch {
    return undefined;
  }
}

/** The socket process `pid` serves `dataDir` on, if it announced one that is safe to use. */
export function findServedSocket(dataDir: string, pid: number): string | undefined {
  const note = readNote(dataDir);
  if (note?.pid !== pid || !existsSync(note.socketPath)) return undefined;
  try {
    if (!isPrivate(notePath(dataDir)) || !isPrivate(path.dirname(note.socketPath)))
      return undefined;
  } catch {
    return undefined;
  }
  return note.socketPath;
}

/**
 * Waits for the live process `pid`, which holds the lock, to announce its socket: it takes the
 * lock a moment before its database is up (seconds on a busy machine). The wait is counted from
 * when the lock was taken, so a holder that has long held it without serving (one restoring a
 * backup) is answered at once. Undefined when there is no socket to join.
 */
export async function waitForServedSocket(
  dataDir: string,
  pid: number,
  startupMs: number,
): Promise<string | undefined> {
  let lockedAt = Date.now();
  try {
    lockedAt = statSync(`${dataDir}.lock`).mtimeMs;
  } catch {
    // No lock file any more: the holder is gone; the first look below says so.
  }
  const deadline = lockedAt + startupMs;
  for (;;) {
    const socketPath = findServedSocket(dataDir, pid);
    if (socketPath || Date.now() >= deadline || !isProcessAlive(pid)) return socketPath;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
