import {UserError} from '../errors.js';

/** Masks the password in a PostgreSQL URL (userinfo or `?password=`) so it can be shown. */
export function maskDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '****';
    if (parsed.searchParams.has('password')) parsed.searchParams.set('password', '****');
    return parsed.toString();
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/**
 * Checks that DATABASE_URL parses the way the PostgreSQL client will read it (a bare `%` in a
 * password makes the client throw a URIError deep inside). Never repeats the URL: it may hold
 * a password.
 */
export function checkDatabaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
    for (const part of [parsed.username, parsed.password, parsed.pathname, parsed.search]) {
      decodeURIComponent(part);
    }
  } catch {
    throw new UserError('DATABASE_URL is not a valid PostgreSQL URL.', {
      hint: 'Write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE, with special characters in the password percent-encoded (% as %25, @ as %40).',
    });
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new UserError(
      `DATABASE_URL must start with postgres:// (it starts with ${parsed.protocol}//).`,
      {
        hint: 'Write it as postgres://USER:PASSWORD@HOST:PORT/DATABASE.',
      },
    );
  }
  return parsed;
}

/** Where the URL points, for messages: host and port only. */
export function serverAddress(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname || 'localhost'}:${parsed.port || '5432'}`;
  } catch {
    return '(unparseable DATABASE_URL)';
  }
}

/**
 * The URL and environment for a PostgreSQL client tool (pg_dump, pg_restore): the password moves
 * from the URL into PGPASSWORD, because a command line is visible to every user (ps), and the
 * environment of another user's process is not.
 */
export function toolConnection(
  url: string,
  connectTimeout: number,
): {url: string; env: NodeJS.ProcessEnv} {
  const parsed = checkDatabaseUrl(url);
  const password = parsed.password
    ? decodeURIComponent(parsed.password)
    : (parsed.searchParams.get('password') ?? undefined);
  parsed.password = '';
  parsed.searchParams.delete('password');
  const env: NodeJS.ProcessEnv = {...process.env, PGCONNECT_TIMEOUT: String(connectTimeout)};
  if (password !== undefined) env.PGPASSWORD = password;
  return {url: parsed.toString(), env};
}
