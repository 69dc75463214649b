import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Database} from '../../../source/db/connection.js';
import {completeSyncRun, startSyncRun} from '../../../source/db/sync-log.js';
import {remapKeymap} from '../../../source/keymap/remap.js';
import {ServicesProvider} from '../../../source/screens/app/services-context.js';
import {defaultJobRunners} from '../../../source/screens/sync/default-jobs.js';
import {JobsProvider} from '../../../source/screens/sync/jobs-context.js';
import type {JobRunners} from '../../../source/screens/sync/sync-jobs.js';
import {SyncScreen} from '../../../source/screens/sync/sync-screen.js';
import {startNotionWorkspace, syncOnce} from '../../db/notion-fixtures.js';
import * as v from '../../fakes/notion-values.js';
import {createTestDatabase} from '../../helpers/database.js';
import {press} from '../../helpers/press.js';
import {renderTui, stripAnsi, waitFor} from '../../helpers/render.js';
import {demoSuite, NOW, withServices} from './screen-fixtures.js';

describe('Sync screen on the demo database', () => {
  const suite = demoSuite();

  const screen = (jobs: JobRunners, width: number, height: number) =>
    withServices(
      suite.db,
      suite.config,
      <JobsProvider value={jobs}>
        <SyncScreen isActive width={width} height={height} />
      </JobsProvider>,
    );

  it('lists runs with details of the selected one, at 80×24 and 160×48', async () => {
    const view = renderTui(screen({}, 80, 20));
    await waitFor(() => expect(view.frame()).toMatch(/› \w+ +\d{4}-\d\d-\d\d/));
    expect(view.frame()).toContain('type');
    expect(view.frame()).toContain('Details');
    expect(view.frame()).toMatch(/started \d{4}-/);
    const first = view.lines().find((line) => line.startsWith('› '));
    press(view.stdin, 'list.down');
    await waitFor(() => expect(view.lines().find((line) => line.startsWith('› '))).not.toBe(first));
    expect(view.lines().length).toBeLessThanOrEqual(20);
    view.update(screen({}, 160, 44));
    await waitFor(() => expect(view.lines().length).toBeGreaterThan(20));
    expect(view.lines().length).toBeLessThanOrEqual(44);
    view.unmount();
  });

  it('keeps the selected run selected when a run from another process arrives', async () => {
    const at = (dataVersion: number) => (
      <ServicesProvider
        value={{config: suite.config, db: suite.db, now: () => NOW, random: () => 0.5, dataVersion}}
      >
        <JobsProvider value={{}}>
          <SyncScreen isActive width={100} height={24} />
        </JobsProvider>
      </ServicesProvider>
    );
    const selectedLine = (view: ReturnType<typeof renderTui>) =>
      view.lines().find((line) => line.startsWith('› '));
    const view = renderTui(at(0));
    await waitFor(() => expect(view.frame()).toMatch(/› \w+ +\d{4}-\d\d-\d\d/));
    const newest = selectedLine(view);
    press(view.stdin, 'list.down');
    await waitFor(() => expect(selectedLine(view)).not.toBe(newest));
    const reading = selectedLine(view);
    const details = view.frame().slice(view.frame().indexOf('Details'));
    // Another process (a cron sync) finishes a run; the app's poll bumps the data version.
    const id = await startSyncRun(suite.db.sql, 'anki_pull', {});
    await completeSyncRun(suite.db.sql, id, {processed: 3}, {});
    view.update(at(1));
    // The reload has landed when the new run heads the list, just under the column names.
    const newestRow = () =>
      view.lines()[view.lines().findIndex((l) => /^ +type +started/.test(l)) + 1];
    await waitFor(() => expect(newestRow()).toMatch(/^ {2}anki_pull {10}/));
    expect(selectedLine(view)).toBe(reading);
    expect(view.frame().slice(view.frame().indexOf('Details'))).toBe(details);
    view.unmount();
    await suite.db.sql`delete from sync_log where id = ${id}`;
  });

  it('opens on what each job does and the key that starts it, with no blank lines', async () => {
    const view = renderTui(screen({}, 80, 20));
    await waitFor(() => expect(view.frame()).toMatch(/› \w+ +\d{4}-\d\d-\d\d/));
    const lines = view.lines();
    expect(lines.slice(0, 7)).toEqual([
      'No job run in this session yet. Press a key to start one:',
      'n Sync pages changed in Notion since the last run',
      'N Re-read every Notion page (full sync) (asks first)',
      'c Run cleaning: grade, normalise, dedupe',
      'p Push flashcards and clozes to Anki (asks first)',
      'P Pull review state (FSRS) from Anki',
      expect.stringMatching(/^ +type +started +duration +status +counts$/),
    ]);
    view.unmount();
    // The keys shown are the ones in force.
    const {keymap} = remapKeymap({'sync.clean': ['C']});
    const remapped = renderTui(screen({}, 80, 20), {keymap});
    await waitFor(() =>
      expect(remapped.lines()[3]).toBe('C Run cleaning: grade, normalise, dedupe'),
    );
    remapped.unmount();
  });

  it('runs an injected job with live progress, cancels another, and shows the new row', async () => {
    let release: () => void = () => {};
    const jobs: JobRunners = {
      clean: async ({db: database, onProgress}) => {
        const id = await startSyncRun(database.sql, 'cleaning', {});
        onProgress({type: 'phase', phase: 'Grading', total: 40});
        onProgress({type: 'advance', phase: 'Grading', done: 10, total: 40});
        await new Promise<void>((resolve) => {
          release = resolve;
        });
        await completeSyncRun(database.sql, id, {processed: 4242, updated: 7}, {grades: {A: 1}});
        return {lines: ['Graded 4242 atoms.'], warnings: []};
      },
      'anki-pull': ({signal}) =>
        new Promise((_resolve, reject) => {
          signal.addEventListener('abort', () => reject(new Error('aborted')));
        }),
    };
    const view = renderTui(screen(jobs, 100, 30));
    await waitFor(() => expect(view.frame()).toContain('notion_incremental'));
    press(view.stdin, 'sync.clean');
    await waitFor(() => expect(view.frame()).toMatch(/Grading .*10\/40 25%/));
    expect(view.frame()).toContain('cleaning — Grading');
    release();
    await waitFor(() => expect(view.frame()).toContain('cleaning: completed — Graded 4242 atoms.'));
    await waitFor(() =>
      expect(view.frame()).toMatch(/› cleaning .* completed 4242 read \+0 ~7 -0/),
    );
    expect(view.frame()).toContain('grades: A 1');

    press(view.stdin, 'sync.anki-pull');
    await waitFor(() => expect(view.frame()).toContain('Anki pull —'));
    press(view.stdin, 'sync.cancel');
    await waitFor(() => expect(view.frame()).toContain('Anki pull: cancelled'));
    view.unmount();
  });
});

describe('Sync screen against the fake Notion', () => {
  let db: Database;
  let setup: Awaited<ReturnType<typeof startNotionWorkspace>>;
  beforeAll(async () => {
    db = await createTestDatabase('embedded');
    setup = await startNotionWorkspace({seed: 5, flashcards: 30});
    await syncOnce(db, setup);
  });
  afterAll(async () => {
    await setup.fake.close();
    await db.close();
  });

  it('starts an incremental Notion sync, shows its progress, then the new sync_log row', async () => {
    const {fake, workspace} = setup;
    fake.advanceClock(30 * 60_000);
    const card = workspace.entity.flashcards.dataSource.pages[3]!;
    fake.editPage(card.id, {Question: v.title('Edited from the TUI test?')});
    const view = renderTui(
      withServices(
        db,
        setup.config,
        <JobsProvider value={defaultJobRunners}>
          <SyncScreen isActive width={120} height={30} />
        </JobsProvider>,
      ),
    );
    await waitFor(() => expect(view.frame()).toMatch(/› notion_full/));
    press(view.stdin, 'sync.notion-incremental');
    await waitFor(
      () => expect(view.frame()).toContain('Notion sync (incremental): completed'),
      30_000,
    );
    const progressFrames = view.frames
      .map(stripAnsi)
      .filter((frame) => frame.includes('Notion sync (incremental) —'));
    expect(progressFrames.length).toBeGreaterThan(0);
    await waitFor(() => expect(view.frame()).toMatch(/› notion_incremental .* completed/));
    expect(view.frame()).toMatch(/1 updated/);
    view.unmount();
  });
});
