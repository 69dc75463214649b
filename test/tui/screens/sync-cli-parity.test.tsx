import {mkdtempSync, rmSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, beforeAll, expect, it} from 'vitest';
import type {Database} from '../../../source/db/connection.js';
import type {JobText} from '../../../source/jobs/job-outcome.js';
import {defaultJobRunners} from '../../../source/screens/sync/default-jobs.js';
import {JobsProvider} from '../../../source/screens/sync/jobs-context.js';
import {SyncScreen} from '../../../source/screens/sync/sync-screen.js';
import {notionEnv, startNotionWorkspace} from '../../db/notion-fixtures.js';
import {createTestDatabase} from '../../helpers/database.js';
import {press} from '../../helpers/press.js';
import {renderTui, waitFor} from '../../helpers/render.js';
import {runNls} from '../../helpers/run-nls.js';
import {until, withServices} from './screen-fixtures.js';

// Issue 18: the CLI and the Sync screen run the same job and phrase it the same way. The same
// first sync of the same fake workspace runs once through `nls sync notion` and once from the
// Sync screen's key; the two must read alike, apart from the elapsed time.
let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
let db: Database;
const home = mkdtempSync(path.join(os.tmpdir(), 'nls-parity-'));
beforeAll(async () => {
  setup = await startNotionWorkspace({seed: 11, flashcards: 25});
  db = await createTestDatabase('embedded');
});
afterAll(async () => {
  await db.close();
  await setup.fake.close();
  rmSync(home, {recursive: true, force: true});
});

const elapsed = /^ {2}(\d+) requests in \d+\.\d s$/;

it('nls sync notion and the Sync screen give the same summary for the same run', async () => {
  const cli = await runNls(['sync', 'notion'], {
    ...notionEnv(setup.fake, setup.workspace),
    NLS_HOME: home,
  });
  expect(cli.stderr).not.toContain('✘');
  expect(cli.code).toBe(0);
  const printed = cli.stdout.trimEnd().split('\n');

  let returned: JobText | undefined;
  const runner = defaultJobRunners['notion-incremental']!;
  const jobs = {
    'notion-incremental': async (context: Parameters<typeof runner>[0]) => {
      returned = await runner(context);
      return returned;
    },
  };
  const view = renderTui(
    withServices(
      db,
      setup.config,
      <JobsProvider value={jobs}>
        <SyncScreen isActive width={200} height={30} />
      </JobsProvider>,
    ),
  );
  await until(() => expect(view.frame()).toContain('Press a key to start one'));
  press(view.stdin, 'sync.notion-incremental');
  const done = 'Notion sync (incremental): completed — ';
  await waitFor(() => expect(view.frame()).toContain(done), 60_000);
  const shown = view.lines().find((line) => line.includes(done));
  view.unmount();

  expect(printed[0]).toMatch(/^Notion full sync: [1-9]\d* added, 0 updated, 0 removed/);
  // The screen's headline is the CLI's first line, character for character.
  expect(shown?.slice(shown.indexOf(done) + done.length).trimEnd()).toBe(printed[0]);
  // And the whole phrasing matches, the request count included; only the seconds differ.
  const lines = returned?.lines ?? [];
  expect(lines.at(-1)?.replace(elapsed, '$1')).toBe(printed.at(-1)?.replace(elapsed, '$1'));
  expect(lines.slice(0, -1)).toEqual(printed.slice(0, -1));
}, 120_000);
