import {afterAll, beforeAll, describe, expect, it} from 'vitest';
import type {Database} from '../../../source/db/connection.js';
import type {ActionId} from '../../../source/keymap/keymap.js';
import {App} from '../../../source/screens/app/app.js';
import {expectInOrder} from '../../helpers/in-order.js';
import {press} from '../../helpers/press.js';
import {renderScreenReader, type ScreenReaderResult} from '../../helpers/render.js';
import {demoDatabase, NOW, testConfig, until} from './screen-fixtures.js';

/** The one line that names the selected row (exactly one list row is selected). */
function selectedLine(view: ScreenReaderResult): string {
  const lines = view.lines().filter((line) => line.includes('(selected)'));
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

describe('screen-reader frames of the app shell', () => {
  let db: Database;
  const config = testConfig();
  beforeAll(async () => {
    db = await demoDatabase();
  });
  afterAll(async () => {
    await db.close();
  });

  const open = async (screenKey: ActionId, ready: string) => {
    const view = renderScreenReader(
      <App config={config} database={db} now={() => NOW} width={100} height={30} />,
    );
    await until(() => expect(view.frame()).toContain('Next actions'));
    if (screenKey !== 'global.screen-dashboard') press(view.stdin, screenKey);
    await until(() => expect(view.frame()).toContain(ready));
    return view;
  };
  // Every screen ends the same way: the status bar in words, then the keys in words.
  const statusAndKeys = [
    /^Status: embedded db .*; last sync 20 h ago \(cleaning\); 27 pending reviews$/m,
    /^Keys: .*question mark help, colon commands/m,
  ];

  it('dashboard: the screen named first, figures, the forecast as numbers, actions, status, keys', async () => {
    const view = await open('global.screen-dashboard', 'Next actions');
    const frame = view.frame();
    expect(view.lines()[0]).toBe(
      'nls, Dashboard screen, 1 of 6. Screens: 1 Dashboard, 2 Sync, 3 Concepts, 4 Review, 5 Quiz, 6 Plan.',
    );
    expectInOrder(frame, [
      'Atoms    340 live',
      'Grades',
      'Anki due, next 14 days',
      /^day \d\d: \d+, day \d\d: \d+/m,
      'Next actions',
      /^27 rewrites wait for review — press 4$/m,
      ...statusAndKeys,
    ]);
    // Drawn-only glyphs are not spoken: bars, the action bullets, the status separator.
    expect(frame).not.toMatch(/[█▁▂▃▄▅▆▇›│]/);
    view.unmount();
  });

  it('sync: the runs are a list and the selected run is named, with its place in the list', async () => {
    const view = await open('global.screen-sync', 'list: listitem');
    expectInOrder(view.frame(), [
      'nls, Sync screen, 2 of 6.',
      'No job run in this session yet',
      /^list: listitem: \(selected\) cleaning +2026-03-09/m,
      /^listitem: notion_incremental/m,
      'Details',
      /^cleaning · completed · [\d.]+ s$/m,
      ...statusAndKeys,
    ]);
    expect(selectedLine(view)).toMatch(/^list: listitem: \(selected\) cleaning .* \(1 of 40\)$/);
    press(view.stdin, 'list.down');
    await until(() => expect(selectedLine(view)).toContain('(2 of 40)'));
    expect(selectedLine(view)).toMatch(/^listitem: \(selected\) notion_incremental /);
    expect(view.frame()).toMatch(/^list: listitem: cleaning /m);
    view.unmount();
  });

  it('concepts: tree rows say their level and whether they are open', async () => {
    const view = await open('global.screen-concepts', 'Network Fundamentals');
    expectInOrder(view.frame(), [
      'nls, Concepts screen, 3 of 6.',
      '44 concepts in 3 areas · slash filter',
      'list: listitem: (selected) Network Fundamentals, collapsed, level 1, 10 concepts · 76 atoms (1 of 3)',
      'listitem: Internet Protocols, collapsed, level 1',
      ...statusAndKeys,
    ]);
    expect(view.frame()).not.toMatch(/[▸▾›]/);
    press(view.stdin, 'tree.expand');
    await until(() => expect(selectedLine(view)).toContain('expanded'));
    expect(selectedLine(view)).toMatch(
      /^list: listitem: \(selected\) Network Fundamentals, expanded, level 1/,
    );
    expect(view.frame()).toMatch(/, level 2, /);
    view.unmount();
  });

  it('review: the queue is read before the details, checks in words, the diff as deleted/inserted', async () => {
    const view = await open('global.screen-review', 'Concept OSI Model');
    const frame = view.frame();
    expectInOrder(frame, [
      'nls, Review screen, 4 of 6.',
      'Review 14 pending (27 cards)',
      /^list: listitem: \(selected\) A 100 split×3 Which are OSI layers 1–3, from the bottom up\? \(1 of 14\)$/m,
      /^listitem: A 100 rewrite Which EtherType/m,
      // The details start on their own line, after the whole list.
      /^Concept OSI Model/m,
      /^Front \(deleted: \w+\) \(inserted: Which\) /m,
      'before: issue: List detected (7 items) fix: A list is hard to recall',
      'card 1: passes, no rule fired',
      ...statusAndKeys,
    ]);
    expect(frame).not.toMatch(/[✓✗›]/);
    expect(frame).not.toContain('[-');
    // Marking moves on to the next row; the marked one says so in words, not with `●`.
    press(view.stdin, 'review.mark');
    await until(() => expect(selectedLine(view)).toContain('(2 of 14)'));
    expect(view.frame()).toMatch(/^list: listitem: marked, A 100 split×3 Which are OSI/m);
    expect(selectedLine(view)).toMatch(/^listitem: \(selected\) A 100 rewrite Which EtherType/);
    view.unmount();
  });

  it('plan: the load as numbers per day, then the leeches', async () => {
    const view = await open('global.screen-plan', 'Leeches');
    expectInOrder(view.frame(), [
      'nls, Plan screen, 6 of 6.',
      'No exam is set.',
      /^Leeches: \d+ \(/m,
      'NET-W02-035-CLZ',
      ...statusAndKeys,
    ]);
    view.unmount();
  });

  it('help and the command palette: the filter line, then a list naming the selected entry', async () => {
    const view = await open('global.help', 'Keys (');
    expectInOrder(view.frame(), [
      'nls, Dashboard screen',
      /^Keys \(\d+ of \d+\)$/m,
      'Filter: (empty: type to filter)',
      /^list: listitem: \(selected\) .+ \(1 of \d+\)$/m,
      // Keys are spelt out as in the footer.
      /^listitem: j or down: Select next row list$/m,
    ]);
    expect(selectedLine(view)).not.toContain('›');
    press(view.stdin, 'global.back');
    await until(() => expect(view.frame()).toContain('Next actions'));
    press(view.stdin, 'global.palette');
    await until(() => expect(view.frame()).toContain('Command: (empty: command)'));
    expectInOrder(view.frame(), ['Command: (empty: command)', /^list: listitem: \(selected\) \S/m]);
    view.unmount();
  });
});
