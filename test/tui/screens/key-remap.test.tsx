import {mkdtempSync, writeFileSync} from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {afterAll, afterEach, beforeAll, describe, expect, it} from 'vitest';
import {loadConfig} from '../../../source/config/load-config.js';
import type {Database} from '../../../source/db/connection.js';
import {App} from '../../../source/screens/app/app.js';
import {press, pressKey, typeText} from '../../helpers/press.js';
import {cleanup, renderTui} from '../../helpers/render.js';
import {demoDatabase, NOW, until} from './screen-fixtures.js';

// The remap goes through the whole path a learner's does: nls.config.json → loadConfig →
// config.keymap → the provider renderFullScreen sets up → handlers, footer, help and palette.
function remappedConfig(keys: Record<string, string[]>) {
  const home = mkdtempSync(path.join(os.tmpdir(), 'nls-keys-'));
  writeFileSync(path.join(home, 'nls.config.json'), JSON.stringify({keys}));
  return loadConfig({NLS_HOME: home}, home);
}

async function pendingGemini(db: Database): Promise<number> {
  const [row] = await db.sql<{n: number}[]>`
    select count(*)::int as n from review_queue where source = 'gemini' and status = 'pending'`;
  return row?.n ?? 0;
}

describe('a key remap from nls.config.json', () => {
  let db: Database;
  const config = remappedConfig({'review.approve': ['y'], 'global.help': ['H']});
  const {keymap} = config;
  beforeAll(async () => {
    db = await demoDatabase();
  });
  afterAll(async () => {
    await db.close();
  });
  afterEach(() => cleanup());

  const app = () => (
    <App
      config={config}
      database={db}
      initialScreen="review"
      now={() => NOW}
      width={200}
      height={36}
    />
  );

  it('drives the handler and the footer: y approves, a no longer does', async () => {
    expect(await pendingGemini(db)).toBe(27);
    const view = renderTui(app(), {keymap});
    await until(() => expect(view.frame()).toContain('14 pending (27 cards)'), 5000);
    const footer = view.lines().at(-1) ?? '';
    expect(footer).toContain('y approve');
    expect(footer).not.toContain('a approve');
    expect(footer).toContain('H help');
    expect(footer).not.toContain('? help');

    pressKey(view.stdin, 'a');
    pressKey(view.stdin, 'y');
    await until(() => expect(view.frame()).toContain('13 pending (24 cards)'));
    // Only y approved: had a still approved, a second item would have gone too.
    expect(await pendingGemini(db)).toBe(24);
    expect(view.frame()).toContain('1 decided this session');
  });

  it('shows the keys in force in the help overlay and the palette', async () => {
    const view = renderTui(app(), {keymap});
    await until(() => expect(view.frame()).toMatch(/\d+ pending \(\d+ cards\)/), 5000);
    press(view.stdin, 'global.help', keymap);
    await until(() => expect(view.frame()).toMatch(/Keys \(\d+ of \d+\)/));
    typeText(view.stdin, 'approve the');
    await until(() => expect(view.frame()).toMatch(/› y +Approve the rewrite review/));
    press(view.stdin, 'help.close', keymap);
    await until(() => expect(view.frame()).not.toMatch(/Keys \(\d+ of \d+\)/));

    press(view.stdin, 'global.palette', keymap);
    await until(() => expect(view.frame()).toContain('Go to Dashboard'));
    typeText(view.stdin, 'key help');
    await until(() => expect(view.frame()).toMatch(/› Show key help +H\b/));
  });
});
