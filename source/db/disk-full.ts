import {UserError} from '../errors.js';

// What a full disk looks like on the way up: Node's ENOSPC (the lock, a backup file), PostgreSQL's
// disk_full (SQLSTATE 53100) from a server, and PGlite's "could not extend file ...: No space left
// on device", which may arrive wrapped in a start-up error's cause.
function isDiskFull(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 5) return false;
  const {code, message, cause} = error as {code?: unknown; message?: unknown; cause?: unknown};
  if (code === 'ENOSPC' || code === '53100') return true;
  if (typeof message === 'string' && /no space left on device/i.test(message)) return true;
  return isDiskFull(cause, depth + 1);
}

/**
 * Turns a full-disk failure into a plain error naming where the data lives and what to do;
 * returns any other error unchanged. PostgreSQL rolled the unfinished transaction back.
 */
export function explainDiskFull(
  error: unknown,
  where: {dataDir?: string; server?: string},
): unknown {
  if (!isDiskFull(error) || (error instanceof UserError && /disk is full/.test(error.message))) {
    return error;
  }
  if (where.server) {
    return new UserError(
      `The PostgreSQL server at ${where.server} has no space left on its disk (No space left on device).`,
      {
        hint: 'Free space on the server’s disk, then run the command again; the unfinished change was rolled back.',
        cause: error,
      },
    );
  }
  return new UserError(
    `The disk holding ${where.dataDir ?? 'the data directory'} is full (No space left on device).`,
    {
      hint: 'Free some space on that disk (df -h shows it), or set NLS_HOME to a directory on another disk; then run the command again — the unfinished change was rolled back.',
      cause: error,
    },
  );
}
