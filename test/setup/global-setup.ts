import {mkdirSync, mkdtempSync, rmSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import postgres from 'postgres';
import type {TestProject} from 'vitest/node';
import {startEmbeddedServer} from '../../source/db/embedded-database.js';
import {migrate} from '../../source/db/migrate.js';
import {createSqlClient} from '../../source/db/sql-client.js';

declare module 'vitest' {
  export interface ProvidedContext {
    embeddedTemplate: string;
    serverTemplate: string;
  }
}

// One migrated embedded database is dumped once per run; each suite starts from a copy of it
// (about 0.4 s) instead of running initdb and the migrations again (about 4 s).
async function buildEmbeddedTemplate(workDir: string): Promise<string> {
  const dataDir = path.join(workDir, 'template-pgdata');
  const server = await startEmbeddedServer({dataDir, skipLock: true});
  const sql = createSqlClient({path: server.socketPath, max: 1});
  try {
    await migrate(sql);
    await sql.end();
    const tarball = await server.dump();
    const file = path.join(workDir, 'template.tgz');
    writeFileSync(file, tarball);
    return file;
  } finally {
    await server.stop();
    rmSync(dataDir, {recursive: true, force: true});
  }
}

async function buildServerTemplate(url: string): Promise<{name: string; drop(): Promise<void>}> {
  const name = `nls_test_template_${process.pid}`;
  const admin = postgres(url, {max: 1, onnotice: () => {}});
  await admin.unsafe(`drop database if exists ${name} with (force)`);
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  const sql = createSqlClient({url: target.toString(), max: 1});
  await migrate(sql);
  await sql.end();
  return {
    name,
    async drop() {
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Builds the template databases every database test copies. */
export default async function setup(project: TestProject) {
  mkdirSync(os.tmpdir(), {recursive: true});
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'nls-test-'));
  project.provide('embeddedTemplate', await buildEmbeddedTemplate(workDir));
  const serverUrl = process.env.NLS_TEST_DATABASE_URL;
  const server = serverUrl ? await buildServerTemplate(serverUrl) : undefined;
  project.provide('serverTemplate', server?.name ?? '');
  return async () => {
    await server?.drop();
    rmSync(workDir, {recursive: true, force: true});
  };
}
