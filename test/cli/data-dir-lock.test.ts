import {type ChildProcess, spawn} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {fileURLToPath} from 'node:url';
import {afterAll, expect, it} from 'vitest';
import {isolatedEnv, runNls} from '../helpers/run-nls.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-lock-'));
const connection = fileURLToPath(new URL('../../build/db/connection.js', import.meta.url));
const migrateModule = fileURLToPath(new URL('../../build/db/migrate.js', import.meta.url));
let holder: ChildProcess | undefined;
afterAll(() => {
  holder?.kill('SIGKILL');
  rmSync(home, {recursive: true, force: true});
});

// A process that opens the embedded database, commits a row, says so, and keeps the lock.
const holderScript = `
const {openDatabase} = await import(${JSON.stringify(connection)});
const {migrate} = await import(${JSON.stringify(migrateModule)});
const db = await openDatabase({dataDir: process.env.DATA_DIR});
await migrate(db.sql);
await db.sql\`insert into sync_log (sync_type, status) values ('lock_probe', 'completed')\`;
process.stdout.write('committed\\n');
setInterval(() => {}, 1000);
`;

function startHolder(): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', holderScript], {
      env: isolatedEnv({DATA_DIR: path.join(home, 'pgdata')}),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (chunk) => {
      err += chunk;
    });
    child.stdout.on('data', (chunk) => {
      if (String(chunk).includes('committed')) resolve(child);
    });
    child.on('exit', (code) => reject(new Error(`holder exited ${code}: ${err}`)));
  });
}

it('a second process joins the holder; after kill -9 the lock is taken over and nothing is lost', async () => {
  holder = await startHolder();
  // The holder serves the database on its socket, so a second nls joins it instead of refusing
  // (test/cli/shared-database.test.ts covers joining and when it is still refused).
  const second = await runNls(['db', 'status', '--json'], {NLS_HOME: home});
  expect(second.code).toBe(0);
  expect(JSON.parse(second.stdout).mode).toBe('embedded');

  holder.kill('SIGKILL');
  await new Promise((resolve) => holder?.once('exit', resolve));

  const after = await runNls(['db', 'status', '--json'], {NLS_HOME: home});
  expect(after.code).toBe(0);
  expect(JSON.parse(after.stdout).mode).toBe('embedded');

  const check = await new Promise<string>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const {openDatabase} = await import(${JSON.stringify(connection)});
         const db = await openDatabase({dataDir: process.env.DATA_DIR});
         const rows = await db.sql\`select count(*)::int as n from sync_log where sync_type = 'lock_probe'\`;
         process.stdout.write(String(rows[0].n));
         await db.close();`,
      ],
      {env: isolatedEnv({DATA_DIR: path.join(home, 'pgdata')}), stdio: ['ignore', 'pipe', 'pipe']},
    );
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
    });
    child.on('close', () => resolve(out));
    child.on('error', reject);
  });
  expect(check).toBe('1');
}, 180_000);
