import {describe, expect, it} from 'vitest';
import {saveExam} from '../../../source/db/plan-rows.js';
import {PlanScreen} from '../../../source/screens/plan/plan-screen.js';
import {press} from '../../helpers/press.js';
import {renderTui, waitFor} from '../../helpers/render.js';
import {demoSuite, withServices} from './screen-fixtures.js';

describe('Plan screen', () => {
  const suite = demoSuite();
  const screen = (width = 100, height = 24) =>
    withServices(suite.db, suite.config, <PlanScreen isActive width={width} height={height} />);

  it('says how to set an exam when none is set', async () => {
    const view = renderTui(screen());
    await waitFor(() => expect(view.frame()).toContain('No exam is set.'));
    expect(view.frame()).toContain('nls plan --exam YYYY-MM-DD');
    view.unmount();
  });

  it('shows recall on the exam, the reviews needed and the load chart; moves nothing', async () => {
    const before = await suite.db
      .sql`select id, anki_due_date, anki_interval from learning_atoms order by id`;
    const view = renderTui(screen(100, 30));
    await waitFor(() => expect(view.frame()).toContain('No exam is set.'));
    await saveExam(suite.db.sql, {examDate: '2026-04-07', scope: null, target: 0.9, minutes: 15});
    press(view.stdin, 'plan.refresh');
    await waitFor(() => expect(view.frame()).toContain('Exam 2026-04-07'));
    const frame = view.frame().replace(/\s+/g, ' ');
    expect(frame).toMatch(/Predicted recall on the exam if nothing is reviewed: \d+\.\d %/);
    expect(frame).toMatch(/To reach 90\.0 %: \d+ reviews/);
    expect(frame).toMatch(/(Fits|Does not fit) 15 minutes a day/);
    expect(frame).toContain('A plan only: nothing is rescheduled here');
    expect(Math.max(...view.lines().map((line) => line.length))).toBeLessThanOrEqual(100);
    view.unmount();
    expect(
      await suite.db.sql`select id, anki_due_date, anki_interval from learning_atoms order by id`,
    ).toEqual(before);
    await suite.db.sql`delete from exam_plan`;
  });

  it('lists the leeches with their history (the leech clinic)', async () => {
    const [atom] = await suite.db.sql<{id: string; card_id: string; anki_lapses: number | null}[]>`
      select id, card_id, anki_lapses from learning_atoms
      where anki_card_id is not null order by id limit 1`;
    await suite.db.sql`update learning_atoms set anki_lapses = 9 where id = ${atom!.id}`;
    const view = renderTui(screen(120, 30));
    await waitFor(() => expect(view.frame()).toMatch(/Leeches: \d+/));
    expect(view.frame()).toContain(`${atom!.card_id}  forgotten 9 times`);
    view.unmount();
    await suite.db
      .sql`update learning_atoms set anki_lapses = ${atom!.anki_lapses} where id = ${atom!.id}`;
  });
});
