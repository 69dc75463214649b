import {describe, expect, it} from 'vitest';
import type {Database} from '../../../source/db/connection.js';
import {formatHint} from '../../../source/keymap/format.js';
import {defaultKeymap} from '../../../source/keymap/keymap.js';
import {ReviewApp} from '../../../source/screens/review/review-app.js';
import {press, pressKey, typeText} from '../../helpers/press.js';
import {renderTui, waitFor} from '../../helpers/render.js';
import {demoSuite, until, withServices} from '../screens/screen-fixtures.js';

async function statuses(db: Database): Promise<Record<string, number>> {
  const rows = await db.sql<{status: string; n: number}[]>`
    select status, count(*)::int as n from review_queue where source = 'gemini' group by status`;
  return Object.fromEntries(rows.map((row) => [row.status, row.n]));
}

// The shell learns that a text input has the keys from an effect (so that typing "q" does not
// quit): wait until its footer shows the input's hints, which it draws from what it learnt,
// and for that render's effects to run.
async function waitForInput(view: {frame(): string}, text: string): Promise<void> {
  await until(() => {
    expect(view.frame()).toContain(text);
    expect(view.frame()).toContain(formatHint(defaultKeymap, 'review-edit.save'));
  });
}

describe('Review screen', () => {
  const suite = demoSuite();
  const app = () => withServices(suite.db, suite.config, <ReviewApp width={120} height={36} />);

  it('triages the demo queue by keys: approve, reject with reason, undo, batch, edit, note', async () => {
    expect(await statuses(suite.db)).toEqual({pending: 27});
    const view = renderTui(app());
    await waitFor(() => expect(view.frame()).toContain('14 pending (27 cards)'), 5000);
    await waitFor(() => expect(view.frame()).toContain('Grade D 40 → A 100'));
    // The word diff, readable without colour: deletions [-…-], insertions {+…+}.
    expect(view.frame()).toContain('Front [-What-]{+Which+} are');
    expect(view.frame()).toContain('PROTECT_NOTION is on: approving changes the local copy only.');
    // Where the card lives in the curriculum, read from its atom once the selection rests.
    await waitFor(() =>
      expect(view.frame()).toMatch(/Concept OSI Model · Module Week 1 — Layered Models/),
    );
    expect(view.frame()).toMatch(/before: ✗ List detected \(7 items\) → A list is hard/);
    expect(view.frame()).toContain('0 decided this session');

    press(view.stdin, 'review.approve');
    await waitFor(() => expect(view.frame()).toContain('13 pending (24 cards)'));
    expect(view.frame()).toContain('1 decided this session');
    expect(view.frame()).toContain('Approved 1 item');
    expect(await statuses(suite.db)).toEqual({pending: 24, approved: 3});

    press(view.stdin, 'review.reject');
    await waitForInput(view, 'Reject reason:');
    typeText(view.stdin, 'too vague, qa');
    await waitFor(() => expect(view.frame()).toContain('too vague, qa'));
    press(view.stdin, 'review-edit.save');
    await waitFor(() => expect(view.frame()).toContain('12 pending'));
    expect(view.frame()).toContain('2 decided this session');
    const [rejected] = await suite.db.sql<{id: string; reviewer_notes: string}[]>`
      select id, reviewer_notes from review_queue where status = 'rejected'`;
    expect(rejected?.reviewer_notes).toBe('too vague, qa');

    press(view.stdin, 'global.undo');
    await waitFor(() => expect(view.frame()).toContain('13 pending'));
    expect(view.frame()).toContain('1 decided this session');
    const [back] = await suite.db.sql<{status: string}[]>`
      select status from review_queue where id = ${rejected!.id}`;
    expect(back?.status).toBe('pending');
    expect(await statuses(suite.db)).toEqual({pending: 24, approved: 3});

    // Batch: mark two, the confirmation comes first and nothing changes until `y`.
    press(view.stdin, 'review.mark');
    press(view.stdin, 'review.mark');
    await waitFor(() => expect(view.frame()).toContain('2 marked'));
    press(view.stdin, 'review.approve-marked');
    await waitFor(() => expect(view.frame()).toContain('Approve 2 marked item(s)?'));
    expect(await statuses(suite.db)).toEqual({pending: 24, approved: 3});
    press(view.stdin, 'confirm.yes');
    await waitFor(() => expect(view.frame()).toContain('11 pending'));
    expect(view.frame()).toContain('3 decided this session');
    expect(view.frame()).not.toMatch(/\d+ marked/);
    expect((await statuses(suite.db)).pending).toBeLessThan(24);

    // Inline edit: the typed text is applied and the card ends `edited`.
    press(view.stdin, 'list.top');
    press(view.stdin, 'review.edit');
    await waitForInput(view, 'Edit the proposal');
    pressKey(view.stdin, 'end');
    typeText(view.stdin, ' (qa edit)');
    await waitFor(() => expect(view.frame()).toContain('(qa edit)'));
    press(view.stdin, 'review-edit.save');
    await waitFor(() => expect(view.frame()).toContain('10 pending'));
    const edited = await suite.db.sql<{front: string}[]>`
      select a.front from review_queue q join learning_atoms a on a.id = q.approved_atom_id
      where q.status = 'edited'`;
    expect(edited.map((row) => row.front).join()).toContain('(qa edit)');

    // A note does not decide the item.
    press(view.stdin, 'review.note');
    await waitForInput(view, 'Note:');
    typeText(view.stdin, 'check the RFC');
    press(view.stdin, 'review-edit.save');
    await waitFor(() => expect(view.frame()).toContain('Reviewer note: check the RFC'));
    expect(view.frame()).toContain('10 pending');
    const noted = await suite.db.sql<{status: string}[]>`
      select status from review_queue where reviewer_notes = 'check the RFC'`;
    expect(noted.map((row) => row.status)).toContain('pending');
    view.unmount();
  });

  it('filters by source with f and by status with /', async () => {
    const view = renderTui(app());
    await waitFor(() => expect(view.frame()).toMatch(/\d+ pending \(\d+ cards\)/), 5000);
    press(view.stdin, 'review.filter-source');
    await waitFor(() => expect(view.frame()).toContain('session · gemini · pending'));
    press(view.stdin, 'review.filter-source');
    await waitFor(() => expect(view.frame()).toContain('session · vertex · pending'));
    press(view.stdin, 'review.filter-source');
    await waitFor(() => expect(view.frame()).toContain('session · duplicate_merge · pending'));
    press(view.stdin, 'list.filter');
    await waitForInput(view, 'Filter:');
    pressKey(view.stdin, 'ctrl+u');
    typeText(view.stdin, 'status:approved');
    press(view.stdin, 'review-edit.save');
    await waitFor(() => expect(view.frame()).toContain('all sources · approved'));
    await waitFor(() => expect(view.frame()).toMatch(/approved · \d+\/[1-9]/));
    view.unmount();
  });

  it('draws hostile card text inert', async () => {
    await suite.db.sql`
      insert into review_queue (front, back, original_front, status, source, quality_score)
      values (${'Evil \u001B[2J front \u001B]52;c;aGVsbG8=\u0007 end'}, 'b', 'x', 'pending',
              'qa-hostile', 0.99)`;
    const view = renderTui(app());
    await waitFor(() => expect(view.frame()).toContain('Evil  front  end'), 5000);
    const raw = view.lastFrame() ?? '';
    expect(raw).not.toContain('\u001B[2J');
    expect(raw).not.toContain('\u001B]52');
    view.unmount();
  });
});
