import {
  chmodSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import {maskDatabaseUrl} from '../../source/db/connection.js';
import {
  type Listener,
  startPasswordRefuser,
  startSilentListener,
} from '../fakes/postgres-listeners.js';
import {createTestDatabase, testBackends} from '../helpers/database.js';
import {runNls} from '../helpers/run-nls.js';

// Connection failures against local listeners only (127.0.0.1): a server that never answers, one
// that refuses the password, a URL that does not parse, and what pg_dump is given.
const home = mkdtempSync(path.join(os.tmpdir(), 'nls-server-conn-'));
let silent: Listener;
let refuser: Listener;
beforeAll(async () => {
  silent = await startSilentListener();
  refuser = await startPasswordRefuser();
});
afterAll(async () => {
  await silent?.close();
  await refuser?.close();
  rmSync(home, {recursive: true, force: true});
});

it('a server that never answers: a clear error after DATABASE_CONNECT_TIMEOUT, naming the host', async () => {
  const started = Date.now();
  const result = await runNls(['db', 'status'], {
    NLS_HOME: home,
    DATABASE_URL: silent.url('nls:canary-password-1234'),
    DATABASE_CONNECT_TIMEOUT: '1',
  });
  const elapsed = Date.now() - started;
  expect(result.code).toBe(1);
  expect(result.stderr).toContain(`127.0.0.1:${silent.port} did not answer within 1 s`);
  expect(result.stderr).toContain('DATABASE_CONNECT_TIMEOUT');
  expect(result.stderr).not.toContain('canary-password-1234');
  // The setting was honoured: the default (10 s) would have kept it waiting longer than this,
  // whatever the machine's load adds to start-up (seen: 4 s at load 30).
  expect(elapsed).toBeLessThan(9_500);
}, 30_000);

it('a wrong password says "authentication failed", not "is the server running"', async () => {
  const result = await runNls(['db', 'status'], {
    NLS_HOME: home,
    DATABASE_URL: refuser.url('nls:wrong-password-5678'),
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('authentication failed');
  expect(result.stderr).toContain('DATABASE_URL');
  expect(result.stderr).not.toContain('server is running');
  expect(result.stderr).not.toContain('wrong-password-5678');
});

it('a % that is not an escape in DATABASE_URL is a plain error, not a URIError', async () => {
  const result = await runNls(['db', 'status'], {
    NLS_HOME: home,
    DATABASE_URL: 'postgres://nls:ab%%%cd@127.0.0.1:1/nls',
  });
  expect(result.code).toBe(1);
  expect(result.stderr).toContain('DATABASE_URL is not a valid PostgreSQL URL');
  expect(result.stderr).toContain('%25');
  expect(result.stderr).not.toMatch(/URIError|hit a bug|\n\s+at /);
  expect(result.stderr).not.toContain('ab%%%cd');
});

it('?password= is masked like the password before the @', () => {
  const masked = maskDatabaseUrl(
    'postgres://nls@db.example:5432/nls?password=s3cret-pw&sslmode=require',
  );
  expect(masked).not.toContain('s3cret-pw');
  expect(masked).toContain('sslmode=require');
  expect(maskDatabaseUrl('postgres://nls:s3cret-pw@db.example/nls')).not.toContain('s3cret-pw');
});

/** Puts a pg_dump and pg_restore first on PATH that log their arguments, then run the real tool. */
function wrapTools(): {path: string; calls(): string} {
  const bin = path.join(home, 'bin');
  const log = path.join(home, 'tool-calls.log');
  mkdirSync(bin, {recursive: true});
  for (const tool of ['pg_dump', 'pg_restore']) {
    const real = (process.env.PATH ?? '')
      .split(':')
      .map((dir) => path.join(dir, tool))
      .find((candidate) => existsSync(candidate));
    const wrapper = path.join(bin, tool);
    writeFileSync(
      wrapper,
      `#!/bin/sh\nprintf '%s args: %s | PGPASSWORD set: %s\\n' ${tool} "$*" "\${PGPASSWORD:+yes}" >> ${JSON.stringify(log)}\nexec ${JSON.stringify(real)} "$@"\n`,
    );
    chmodSync(wrapper, 0o755);
  }
  return {
    path: `${bin}:${process.env.PATH}`,
    calls: () => (existsSync(log) ? readFileSync(log, 'utf8') : ''),
  };
}

const withPassword = (url: string, password: string) => {
  const parsed = new URL(url);
  parsed.password = password;
  return parsed.toString();
};

it('pg_restore never gets the password on its command line (userinfo or ?password=)', async () => {
  const tools = wrapTools();
  const file = path.join(home, 'x.backup');
  writeFileSync(file, 'PGDMP not really');
  const env = {NLS_HOME: home, PATH: tools.path, DATABASE_CONNECT_TIMEOUT: '2'};
  await runNls(['db', 'restore', file, '--yes'], {
    ...env,
    DATABASE_URL: withPassword(silent.url(), 'pw-in-userinfo-1'),
  });
  await runNls(['db', 'restore', file, '--yes'], {
    ...env,
    DATABASE_URL: `${silent.url()}?password=pw-in-query-2`,
  });
  const calls = tools.calls().trim().split('\n');
  expect(calls).toHaveLength(2);
  for (const call of calls) {
    expect(call).toMatch(/^pg_restore args: .*PGPASSWORD set: yes$/);
    expect(call).not.toMatch(/pw-in-userinfo-1|pw-in-query-2/);
  }
}, 60_000);

for (const backend of testBackends().filter((name) => name === 'server')) {
  it(`server backup and restore: no password in pg_dump's arguments, the file 0600, a silent server given up on [${backend}]`, async () => {
    const db = await createTestDatabase('server');
    try {
      const tools = wrapTools();
      const file = path.join(home, 'server.backup');
      writeFileSync(file, 'an older backup', {mode: 0o644});
      chmodSync(file, 0o644);
      const env = {
        NLS_HOME: home,
        PATH: tools.path,
        DATABASE_URL: withPassword(db.location, 'pw-in-userinfo-3'),
      };
      const backup = await runNls(['db', 'backup', file], env);
      expect(backup.code, backup.stderr).toBe(0);
      expect(statSync(file).mode & 0o777).toBe(0o600);
      const restore = await runNls(['db', 'restore', file, '--yes'], env);
      expect(restore.code, restore.stderr).toBe(0);
      const calls = tools.calls();
      expect(calls).toMatch(/pg_dump args: .*PGPASSWORD set: yes/);
      expect(calls).not.toContain('pw-in-userinfo-3');

      // pg_restore reads the file before it connects: with a real backup it waits for the
      // server, and must give up after DATABASE_CONNECT_TIMEOUT (libpq's floor is 2 s).
      const started = Date.now();
      const stuck = await runNls(['db', 'restore', file, '--yes'], {
        ...env,
        DATABASE_URL: silent.url(),
        DATABASE_CONNECT_TIMEOUT: '2',
      });
      expect(stuck.code).toBe(1);
      expect(stuck.stderr).toContain('pg_restore failed');
      expect(Date.now() - started).toBeLessThan(15_000);
    } finally {
      await db.close();
    }
  }, 120_000);
}
