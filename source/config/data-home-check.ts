import {accessSync, constants, statSync} from 'node:fs';
import path from 'node:path';
import {UserError} from '../errors.js';

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException).code;
}

/** The nearest existing ancestor of a path that does not exist (or the root). */
function nearestExisting(target: string): string {
  let current = path.dirname(target);
  for (;;) {
    try {
      statSync(current);
      return current;
    } catch (error) {
      const parent = path.dirname(current);
      if (errorCode(error) !== 'ENOENT' || parent === current) return current;
      current = parent;
    }
  }
}

/**
 * Checks that the data directory is a directory nls can use, or that it can be created, so a
 * wrong NLS_HOME is a plain error naming the setting instead of an EEXIST/ENOTDIR stack trace.
 */
export function assertUsableDataHome(home: string, env: NodeJS.ProcessEnv): void {
  const setting = env.NLS_HOME ? `NLS_HOME (${home})` : `The data directory ${home}`;
  const hint = env.NLS_HOME
    ? 'Set NLS_HOME to a directory nls may create or write, or unset it for the default (~/.local/share/nls).'
    : 'Set NLS_HOME to a directory nls may create or write (or fix XDG_DATA_HOME / HOME).';
  let isDirectory: boolean;
  try {
    isDirectory = statSync(home).isDirectory();
  } catch (error) {
    const code = errorCode(error);
    if (code === 'ENOENT' || code === 'ENOTDIR') {
      assertCreatable(home, setting, hint);
      return;
    }
    throw new UserError(`${setting} cannot be read or written (${code}).`, {
      hint: `Give your user access (chmod u+rwx on it and its parents), or: ${hint}`,
      cause: error,
    });
  }
  if (!isDirectory) throw new UserError(`${setting} is a file, not a directory.`, {hint});
  try {
    accessSync(home, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new UserError(`${setting} cannot be read or written (${errorCode(error)}).`, {
      hint: `Give your user access (chmod u+rwx ${JSON.stringify(home)}), or: ${hint}`,
      cause: error,
    });
  }
}

function assertCreatable(home: string, setting: string, hint: string): void {
  const ancestor = nearestExisting(home);
  let isDirectory = false;
  try {
    isDirectory = statSync(ancestor).isDirectory();
  } catch {
    // Unreadable ancestor: the access check below names it.
  }
  if (!isDirectory) {
    throw new UserError(`${setting} cannot be created: ${ancestor} is a file.`, {hint});
  }
  try {
    accessSync(ancestor, constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new UserError(
      `${setting} cannot be created: nls may not write in ${ancestor} (${errorCode(error)}).`,
      {hint, cause: error},
    );
  }
}
