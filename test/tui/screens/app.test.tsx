import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import type {Database} from '../../../source/db/connection.js';
import {createSqlClient} from '../../../source/db/sql-client.js';
import {App} from '../../../source/screens/app/app.js';
import type {JobRunners} from '../../../source/screens/sync/sync-jobs.js';
import {press, typeText} from '../../helpers/press.js';
import {cleanup, renderTui} from '../../helpers/render.js';
import {demoDatabase, NOW, testConfig, until} from './screen-fixtures.js';

describe('App shell', () => {
  let db: Database;
  const config = testConfig();
  const started: string[] = [];
  const jobs: JobRunners = {
    'notion-full': async () => {
      started.push('notion-full');
      return {lines: ['Full sync done.'], warnings: []};
    },
  };
  beforeAll(async () => {
    db = await demoDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  afterEach(() => cleanup());

  const app = (width = 100, height = 30, database: Database | null = db) => (
    <App
      config={config}
      database={database}
      jobs={jobs}
      now={() => NOW}
      width={width}
      height={height}
    />
  );
  const ready = async (view: ReturnType<typeof renderTui>) =>
    until(() => expect(view.frame()).toContain('Next actions'));

  it('draws the first frame before the database is open, then the data', async () => {
    let open: (value: Database) => void = () => {};
    const opening = new Promise<Database>((resolve) => {
      open = resolve;
    });
    const view = renderTui(
      <App config={config} openDatabase={() => opening} now={() => NOW} width={100} height={30} />,
    );
    expect(view.frame()).toContain('opening the database…');
    expect(view.frame()).toContain('[Dashboard]');
    open(db);
    await ready(view);
    expect(view.frame()).toMatch(/embedded db .*│?/);
    expect(view.frame()).toMatch(/\d+ pending reviews/);
    expect(view.frame()).toMatch(/last sync .* ago/);
  });

  it('says what opening the database did (an interrupted restore undone), as commands do', async () => {
    const notice =
      'An interrupted nls db restore was rolled back: /home/l/.nls/pgdata is as it was before.';
    const view = renderTui(
      <App
        config={config}
        openDatabase={async () => ({...db, notice, close: async () => {}})}
        now={() => NOW}
        width={100}
        height={30}
      />,
    );
    await ready(view);
    expect(view.frame()).toContain(notice);
  });

  it('fits 80×24 and 160×48 and follows a resize', async () => {
    const view = renderTui(app(80, 24));
    await ready(view);
    expect(view.lines().length).toBeLessThanOrEqual(23);
    expect(Math.max(...view.lines().map((line) => line.length))).toBeLessThanOrEqual(80);
    expect(view.frame()).toMatch(/r refresh/);
    view.update(app(160, 48));
    await until(() => expect(view.lines().length).toBeGreaterThan(30));
    expect(view.lines().length).toBeLessThanOrEqual(47);
  });

  it('switches screens with number keys, tab, shift+tab and esc', async () => {
    const view = renderTui(app());
    await ready(view);
    press(view.stdin, 'global.screen-sync');
    await until(() => expect(view.frame()).toContain('[Sync]'));
    await until(() => expect(view.frame()).toContain('Details'));
    press(view.stdin, 'global.screen-concepts');
    await until(() => expect(view.frame()).toMatch(/\d+ concepts in \d+ areas/));
    press(view.stdin, 'global.next-screen');
    await until(() => expect(view.frame()).toContain('[Review]'));
    press(view.stdin, 'global.prev-screen');
    await until(() => expect(view.frame()).toContain('[Concepts]'));
    press(view.stdin, 'global.back');
    await until(() => expect(view.frame()).toContain('[Review]'));
    press(view.stdin, 'global.screen-dashboard');
    await until(() => expect(view.frame()).toContain('[Dashboard]'));
    press(view.stdin, 'global.undo');
    await until(() => expect(view.frame()).toContain('Nothing to undo on this screen.'));
  });

  it('opens a filterable help overlay and closes it', async () => {
    const view = renderTui(app());
    await ready(view);
    press(view.stdin, 'global.help');
    await until(() => expect(view.frame()).toMatch(/Keys \(\d+ of \d+\)/));
    typeText(view.stdin, 'cancel the run');
    await until(() => expect(view.frame()).toContain('Keys (1 of'));
    expect(view.frame()).toContain('Cancel the run');
    press(view.stdin, 'help.close');
    await until(() => expect(view.frame()).toContain('Next actions'));
  });

  it('jumps to a screen and opens a concept by name from the command palette', async () => {
    const view = renderTui(app());
    await ready(view);
    press(view.stdin, 'global.palette');
    await until(() => expect(view.frame()).toContain('Go to Dashboard'));
    typeText(view.stdin, 'go to sync');
    await until(() => expect(view.frame()).toContain('› Go to Sync'));
    press(view.stdin, 'palette.run');
    await until(() => expect(view.frame()).toContain('[Sync]'));
    press(view.stdin, 'global.palette');
    await until(() => expect(view.frame()).toContain('Go to Dashboard'));
    typeText(view.stdin, 'open concept ARP');
    await until(() => expect(view.frame()).toContain('› Open concept ARP'));
    press(view.stdin, 'palette.run');
    await until(() => expect(view.frame()).toMatch(/› +▸ ARP \d+ atoms/));
    expect(view.frame()).toContain('[Concepts]');
  });

  it('asks before a dangerous job and shows a missing job as an error with its fix', async () => {
    const view = renderTui(app());
    await ready(view);
    press(view.stdin, 'global.screen-sync');
    await until(() => expect(view.frame()).toContain('Details'));
    press(view.stdin, 'sync.notion-full');
    await until(() => expect(view.frame()).toContain('! Start Notion sync (full)?'));
    press(view.stdin, 'confirm.no');
    await until(() => expect(view.frame()).toContain('Details'));
    expect(started).toEqual([]);
    press(view.stdin, 'sync.notion-full');
    await until(() => expect(view.frame()).toContain('! Start Notion sync (full)?'));
    press(view.stdin, 'confirm.yes');
    await until(() => expect(view.frame()).toContain('Notion sync (full): completed'));
    expect(started).toEqual(['notion-full']);
    press(view.stdin, 'sync.anki-pull');
    await until(() =>
      expect(view.frame()).toContain('✗ Starting Anki pull from the app is not available'),
    );
    expect(view.frame()).toContain('→ Run nls sync anki pull in a shell.');
    press(view.stdin, 'global.back');
    await until(() => expect(view.frame()).not.toContain('✗'));
    expect(view.frame()).toContain('[Sync]');
  });
  it('shows a run another process finished without a key press (it polls sync_log)', async () => {
    const view = renderTui(app(120, 30));
    await ready(view);
    press(view.stdin, 'global.screen-sync');
    await until(() => expect(view.frame()).toMatch(/› \w+/));
    expect(view.frame()).not.toContain('9876 read');
    // A second connection to the served socket, as a joined `nls sync anki-pull` would write.
    const other = createSqlClient({path: db.embedded!.socketPath, max: 1});
    try {
      await other`
        insert into sync_log (sync_type, status, started_at, completed_at, items_processed)
        values ('anki_pull', 'completed', '2030-01-01', '2030-01-01', 9876)`;
      await until(() => expect(view.frame()).toContain('9876 read'), 10_000);
    } finally {
      await other`delete from sync_log where items_processed = 9876`;
      await other.end();
    }
  }, 30_000);
});
