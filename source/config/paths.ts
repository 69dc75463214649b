import os from 'node:os';
import path from 'node:path';

/** The data directory: $NLS_HOME, else $XDG_DATA_HOME/nls, else ~/.local/share/nls. */
export function resolveDataHome(env: NodeJS.ProcessEnv = process.env): string {
  if (env.NLS_HOME) return path.resolve(env.NLS_HOME);
  const xdg = env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share');
  return path.join(xdg, 'nls');
}

/** Where the embedded PostgreSQL keeps its files inside a data home. */
export function embeddedDataDir(home: string): string {
  return path.join(home, 'pgdata');
}

/** The demo's own data home, never the user's. */
export function demoHome(env: NodeJS.ProcessEnv = process.env): string {
  return path.join(resolveDataHome(env), 'demo');
}
