import {Text} from 'ink';
import {afterAll, beforeAll, expect, it} from 'vitest';
import type {Database} from '../../source/db/connection.js';
import {App} from '../../source/screens/app/app.js';
import {createTheme} from '../../source/theme.js';
import {press} from '../helpers/press.js';
import {cleanup, renderTui} from '../helpers/render.js';
import {demoDatabase, NOW, testConfig, until} from './screens/screen-fixtures.js';

// Every text that comes from Notion, Gemini or Anki is poisoned with escape sequences: clear the
// screen, move the cursor, set the window title, write the clipboard (OSC 52), a DCS string, a
// bell and an 8-bit CSI. Every screen of the app must draw them as inert text. Frames are read
// raw with colours on, so only SGR colour codes may remain.
const poison =
  '\u001B[2J\u001B[H\u001B]0;pwned\u0007\u001B]52;c;aGVsbG8=\u0007\u001BPq#0\u001B\\\u0007\u009B31m';

let db: Database;
const config = testConfig();

beforeAll(async () => {
  db = await demoDatabase();
  const p = poison;
  await db.sql`update learning_atoms set front = front || ${p}, back = coalesce(back, '') || ${p}`;
  await db.sql`update concepts set name = name || ${p}, definition = coalesce(definition, '') || ${p}`;
  await db.sql`update clean_concept_clusters set name = name || ${p}`;
  await db.sql`update clean_concept_areas set name = name || ${p}`;
  await db.sql`update learning_modules set name = name || ${p}`;
  await db.sql`update review_queue set front = front || ${p}, original_front = coalesce(original_front, '') || ${p},
    rewrite_reason = coalesce(rewrite_reason, '') || ${p}`;
  await db.sql`update sync_log set error_message = ${`AnkiConnect said: ${p}`}`;
});
afterAll(async () => {
  cleanup();
  await db.close();
});

/**
 * The raw frame holds only colour codes, and it shows `drawn` (a text of the screen): an empty
 * or unchanged frame would pass the escape check without proving anything.
 */
function assertInert(raw: string, where: string, drawn: string | RegExp): void {
  const withoutColour = raw.replace(/\u001B\[[0-9;]*m/g, '');
  expect(withoutColour, `${where}: nothing was drawn`).toMatch(drawn);
  expect(withoutColour, `${where}: escape sequence reached the terminal`).not.toMatch(
    /[\u001B\u0007\u0090\u009B\u009D]/,
  );
  expect(raw, where).not.toContain(']52;');
}

it('renders poisoned text inert on every screen', async () => {
  const view = renderTui(
    <App config={config} database={db} now={() => NOW} width={120} height={40} />,
    {theme: createTheme({noColor: false})},
  );
  const raw = () => view.lastFrame() ?? '';
  await until(() => expect(view.frame()).toContain('Next actions'));
  assertInert(raw(), 'dashboard', 'Next actions');

  press(view.stdin, 'global.screen-sync');
  // The selected run's details show its (poisoned) error message.
  await until(() => expect(view.frame()).toContain('AnkiConnect said:'));
  assertInert(raw(), 'sync', 'AnkiConnect said:');

  press(view.stdin, 'global.screen-concepts');
  await until(() => expect(view.frame()).toContain('Network'));
  press(view.stdin, 'concepts.expand-all');
  await until(() => expect(view.frame()).toContain('▾'));
  assertInert(raw(), 'concepts tree', '▾');
  press(view.stdin, 'list.down');
  press(view.stdin, 'list.down');
  press(view.stdin, 'tree.expand');
  await until(() => expect(view.frame()).toMatch(/\[(flashcard|cloze|mcq)\]/));
  press(view.stdin, 'list.down');
  press(view.stdin, 'tree.detail');
  await until(() => expect(view.frame()).toContain('Cleaning history'));
  assertInert(raw(), 'atom detail', 'Cleaning history');

  press(view.stdin, 'global.screen-review');
  await until(() => expect(view.frame()).toMatch(/pending/i), 4000);
  assertInert(raw(), 'review', /pending/i);

  press(view.stdin, 'global.screen-quiz');
  await until(() => expect(view.frame()).toMatch(/1\/\d+/), 4000);
  assertInert(raw(), 'quiz', /1\/\d+/);
});

it('the check itself catches unsanitised text (control: raw text drawn without the sanitiser)', () => {
  const view = renderTui(<Text>{`card ${poison}`}</Text>, {theme: createTheme({noColor: false})});
  expect(() => assertInert(view.lastFrame() ?? '', 'control', 'card')).toThrow(/escape sequence/);
});

it('the check fails when nothing was drawn (control: an empty frame)', () => {
  const view = renderTui(<Text>{''}</Text>, {theme: createTheme({noColor: false})});
  expect(() => assertInert(view.lastFrame() ?? '', 'empty', 'card')).toThrow(/nothing was drawn/);
});
