import {closeSync, constants, fstatSync, openSync, readSync} from 'node:fs';
import {UserError} from '../errors.js';

/** The largest settings file nls reads; real ones are a few hundred bytes. */
export const maxSettingsBytes = 1024 * 1024;

function kindOf(stat: ReturnType<typeof fstatSync>): string {
  if (stat.isDirectory()) return 'a directory';
  if (stat.isFIFO()) return 'a FIFO (named pipe)';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  if (stat.isSocket()) return 'a socket';
  return 'not a file';
}

/**
 * Reads a settings file as text. Only a regular file of at most 1 MB is read: a symlink to
 * /dev/zero would otherwise grow without end, and a FIFO would wait forever for a writer (it is
 * opened non-blocking, so the check comes before any wait). A byte-order mark is dropped.
 */
export function readSettingsText(file: string): string {
  let fd: number;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    throw new UserError(`The settings file ${file} cannot be read (${codeOf(error)}).`, {
      hint: `Make it readable (chmod u+r ${JSON.stringify(file)}) or remove it.`,
      cause: error,
    });
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) {
      throw new UserError(
        `The settings file ${file} is not a regular file (it is ${kindOf(stat)}); nls reads settings only from regular files.`,
        {hint: 'Replace it with a regular JSON file, or remove it.'},
      );
    }
    const buffer = Buffer.alloc(maxSettingsBytes + 1);
    let length = 0;
    // Read one byte past the cap: a file that grew after fstat is caught as well.
    while (length < buffer.length) {
      const read = readSync(fd, buffer, length, buffer.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > maxSettingsBytes) {
      throw new UserError(
        `The settings file ${file} is larger than 1 MB, the most nls reads from a settings file.`,
        {hint: 'Keep only the settings in it (see "Configuration" in the README).'},
      );
    }
    return buffer.toString('utf8', 0, length).replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

function codeOf(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? String(error);
}
