import {mkdtempSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type {ReactElement} from 'react';
import {afterAll, beforeAll} from 'vitest';
import {type Config, loadConfig} from '../../../source/config/load-config.js';
import type {Database} from '../../../source/db/connection.js';
import {loadDemoData} from '../../../source/demo/load-demo.js';
import {ServicesProvider} from '../../../source/screens/app/services-context.js';
import {createTestDatabase} from '../../helpers/database.js';
import {waitFor} from '../../helpers/render.js';

/** The fixed clock of the screen tests. */
export const NOW = new Date('2026-03-10T12:00:00Z');

/** A config pointing at an empty temp home (nothing reaches a real service). */
export function testConfig(): Config {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nls-tui-'));
  return loadConfig({NLS_HOME: home}, home);
}

/** A fresh embedded database holding the demo course at {@link NOW}. */
export async function demoDatabase(): Promise<Database> {
  const db = await createTestDatabase('embedded');
  await loadDemoData(db.sql, {now: NOW});
  return db;
}

/**
 * The demo database and a test config for one describe block: opened before its tests, closed
 * after them. Read `db` inside tests and hooks (it is set once the block starts).
 */
export function demoSuite(): {readonly db: Database; readonly config: Config} {
  let db: Database | undefined;
  const config = testConfig();
  beforeAll(async () => {
    db = await demoDatabase();
  });
  afterAll(async () => {
    await db?.close();
  });
  return {
    get db() {
      if (!db) throw new Error('the demo database is opened in beforeAll');
      return db;
    },
    config,
  };
}

/** Wraps a screen in the services a screen needs, with the fixed clock. */
export function withServices(db: Database | null, config: Config, tree: ReactElement) {
  return (
    <ServicesProvider value={{config, db, now: () => NOW, random: () => 0.5}}>
      {tree}
    </ServicesProvider>
  );
}

/**
 * Waits for a frame, then lets React run the effects of that commit (Ink subscribes a newly
 * shown layer to key presses in an effect), so the next key press reaches it.
 */
export async function until(predicate: () => unknown, timeoutMs?: number): Promise<void> {
  await waitFor(predicate, timeoutMs);
  for (let tick = 0; tick < 3; tick++) await new Promise((resolve) => setImmediate(resolve));
}
