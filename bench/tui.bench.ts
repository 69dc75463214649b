import {spawnSync} from 'node:child_process';
import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {performance} from 'node:perf_hooks';
import {render} from 'ink-testing-library';
import {createElement} from 'react';
import {afterAll, it} from 'vitest';
import {loadConfig} from '../source/config/load-config.js';
import {openDatabase} from '../source/db/connection.js';
import {migrate} from '../source/db/migrate.js';
import {loadDemoData} from '../source/demo/load-demo.js';
import {App} from '../source/screens/app/app.js';
import {ServicesProvider} from '../source/screens/app/services-context.js';
import {ConceptsScreen} from '../source/screens/concepts/concepts-screen.js';
import {createTestDatabase} from '../test/helpers/database.js';
import {insertConceptTree, syntheticConceptTree} from '../test/helpers/synthetic-dataset.js';
import {median, percentile, record} from './recorder.js';

const home = mkdtempSync(path.join(os.tmpdir(), 'nls-bench-tui-'));
afterAll(() => rmSync(home, {recursive: true, force: true}));
const config = loadConfig({NLS_HOME: home}, home);
const now = new Date('2026-03-10T12:00:00Z');

async function until(check: () => boolean, timeoutMs = 30_000, what = ''): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error(`bench: ${what} not met in time`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}

it('first frame and first data of the app on the demo database (embedded)', async () => {
  const dataDir = path.join(home, 'demo-data');
  const setup = await openDatabase({dataDir});
  await migrate(setup.sql);
  await loadDemoData(setup.sql, {now});
  await setup.close();

  let opened: Awaited<ReturnType<typeof openDatabase>> | undefined;
  const start = performance.now();
  const view = render(
    createElement(App, {
      config,
      now: () => now,
      width: 120,
      height: 36,
      openDatabase: async () => {
        opened = await openDatabase({dataDir});
        await migrate(opened.sql);
        return opened;
      },
    }),
  );

  await until(() => (view.lastFrame() ?? '').includes('[Dashboard]'));
  const firstFrame = performance.now() - start;
  await until(() => (view.lastFrame() ?? '').includes('Next actions'));
  const firstData = performance.now() - start;
  view.unmount();
  await opened?.close();

  const begin = performance.now();
  spawnSync(process.execPath, ['-e', '0'], {stdio: 'ignore'});
  const bare = performance.now() - begin;

  const reference = {
    label:
      'bare `node -e 0` (whole process; the first-frame time from process start is in the startup rows)',
    value: bare,
  };
  record({
    id: 'tui.first-frame',
    job: 'App shell: render() to first frame (in-process, database opens after it)',
    value: firstFrame,
    unit: 'ms',
    reference,
    target: {op: '<', value: 500, describe: '< 500 ms'},
  });
  record({
    id: 'tui.first-data',
    job: 'App shell: render() to dashboard data, demo database (embedded, opened and migrated)',
    value: firstData,
    unit: 'ms',
    reference,
    target: {op: '<', value: 1500, describe: '< 1.5 s'},
  });
});

it('key-to-frame latency scrolling the concept tree over 100,000 atoms', async () => {
  const db = await createTestDatabase('embedded');
  try {
    await insertConceptTree(db.sql, syntheticConceptTree(100_000, 1));
    const view = render(
      createElement(
        ServicesProvider,
        {value: {config, db, now: () => now, random: () => 0.5}} as Parameters<
          typeof ServicesProvider
        >[0],
        createElement(ConceptsScreen, {isActive: true, width: 120, height: 36}),
      ),
    );

    await until(() => (view.lastFrame() ?? '').includes('Area 01'), 60_000, 'tree shown');
    view.stdin.write('E');
    await until(() => (view.lastFrame() ?? '').includes('▾ Area 01'), 30_000, 'expand all');
    // Open the first concept (100 atoms, loaded lazily) so atom rows are scrolled through too.
    for (const key of ['j', 'j', 'l']) {
      view.stdin.write(key);
      await new Promise((resolve) => setImmediate(resolve));
    }
    await until(() => (view.lastFrame() ?? '').includes('[flashcard]'), 30_000, 'atoms loaded');
    const samples: number[] = [];
    for (let press = 0; press < 200; press++) {
      const before = view.frames.length;
      const begin = performance.now();
      view.stdin.write('j');
      await until(() => view.frames.length > before, 5000, `frame after key ${press}`);
      samples.push(performance.now() - begin);
    }
    view.unmount();
    record({
      id: 'tui.key-to-frame',
      job: 'Concepts tree over 100,000 atoms / 1,000 concepts: key press to new frame (p95 of 200)',
      value: percentile(samples, 95),
      unit: 'ms',
      reference: {label: 'median', value: median(samples)},
      target: {op: '<', value: 30, describe: 'p95 < 30 ms'},
    });
  } finally {
    await db.close();
  }
});
