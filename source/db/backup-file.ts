import {
  closeSync,
  fstatSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import {UserError} from '../errors.js';

/** The largest backup nls reads (a backup is loaded whole into memory to unpack it). */
export const maxBackupBytes = 2 * 1024 ** 3;

function notABackup(file: string, why: string): UserError {
  return new UserError(`${file} cannot be a backup: ${why}.`, {
    hint: 'Give the path of a file written by nls db backup.',
  });
}

/** Checks that a backup path names a regular file of a sane size, without reading it. */
export function checkBackupFile(file: string): number {
  let size: number;
  try {
    const stats = statSync(file);
    if (!stats.isFile()) throw notABackup(file, 'it is not a regular file');
    size = stats.size;
  } catch (error) {
    if (error instanceof UserError) throw error;
    throw new UserError(`The backup file ${file} cannot be read.`, {
      hint: 'Check the path and its permissions.',
      cause: error,
    });
  }
  if (size > maxBackupBytes) throw notABackup(file, 'it is larger than 2 GiB');
  return size;
}

/**
 * Reads a backup file: only a regular file, only as many bytes as it had when opened, so a
 * device (/dev/zero), a FIFO or a file that keeps growing can never make nls read without end.
 */
export function readBackupFile(file: string): Buffer {
  checkBackupFile(file);
  const fd = openSync(file, 'r');
  try {
    // Checked again on the open file: the path may have been swapped in between.
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw notABackup(file, 'it is not a regular file');
    if (stats.size > maxBackupBytes) throw notABackup(file, 'it is larger than 2 GiB');
    const buffer = Buffer.alloc(stats.size);
    let offset = 0;
    while (offset < buffer.length) {
      const read = readSync(fd, buffer, offset, buffer.length - offset, offset);
      if (read === 0) break;
      offset += read;
    }
    return buffer.subarray(0, offset);
  } finally {
    closeSync(fd);
  }
}

/** A temporary name beside `file`, created empty with mode 0600, to be renamed over it. */
export function privateTempFile(file: string): string {
  const temp = `${file}.partial-${process.pid}`;
  rmSync(temp, {force: true});
  writeFileSync(temp, '', {mode: 0o600, flag: 'wx'});
  return temp;
}

/**
 * Writes a backup readable only by its owner (0600, also when replacing an older file), and
 * whole or not at all: written beside the target, then renamed over it.
 */
export async function writeBackupFile(
  file: string,
  write: (temp: string) => Promise<void>,
): Promise<void> {
  const temp = privateTempFile(file);
  try {
    await write(temp);
    renameSync(temp, file);
  } catch (error) {
    rmSync(temp, {force: true});
    throw error;
  }
}
